using ProverNet.Core.Json;

namespace ProverNet.Core.Tests.Json;

public class JsonFieldTests
{
    [Fact]
    public void Parse_InvalidJson_NamesTheRoot()
    {
        var error = Assert.Throws<JsonFieldException>(() => JsonField.Parse("{ nope", "genesis"));

        Assert.Equal("genesis", error.Path);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsArray_NestedValue_ErrorPathIncludesIndex()
    {
        var root = JsonField.Parse("""{"items": [{"n": 1}, {"n": -4}]}""", "doc").AsObject();
        var items = root.Required("items").AsArray();

        var error = Assert.Throws<JsonFieldException>(() => items[1].AsObject().Required("n").AsUInt32());

        Assert.Equal("doc.items[1].n", error.Path);
        Assert.Contains("from 0 to 4294967295", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_Missing_SaysRequired()
    {
        var root = JsonField.Parse("{}", "doc").AsObject();

        var error = Assert.Throws<JsonFieldException>(() => root.Required("chainId"));

        Assert.Equal("doc.chainId", error.Path);
        Assert.Equal("is required", error.Problem);
    }

    [Fact]
    public void Optional_NullOrMissing_IsNull()
    {
        var root = JsonField.Parse("""{"a": null}""", "doc").AsObject();

        Assert.Null(root.Optional("a"));
        Assert.Null(root.Optional("b"));
    }

    [Fact]
    public void EnsureNoUnknownFields_MisspeltKey_NamesIt()
    {
        var root = JsonField.Parse("""{"chainId": 1, "chainID": 2}""", "doc").AsObject();
        root.Required("chainId").AsUInt64();

        var error = Assert.Throws<JsonFieldException>(root.EnsureNoUnknownFields);

        Assert.Equal("doc.chainID", error.Path);
    }

    [Theory]
    [InlineData("""{"v": 1.5}""", "integer")]
    [InlineData("""{"v": "7"}""", "integer")]
    [InlineData("""{"v": 11}""", "from 1 to 10")]
    public void AsUInt64_WrongKindOrRange_Throws(string json, string reason)
    {
        var field = JsonField.Parse(json, "doc").AsObject().Required("v");

        var error = Assert.Throws<JsonFieldException>(() => field.AsUInt64(1, 10));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsAmount_DecimalString_Parses()
    {
        var field = JsonField.Parse("""{"v": "1000000000000000000000000"}""", "doc").AsObject().Required("v");

        Assert.Equal(Amount.FromBrev(1_000_000), field.AsAmount());
    }

    [Theory]
    [InlineData("""{"v": 5}""", "decimal string")]
    [InlineData("""{"v": "5.0"}""", "digits only")]
    [InlineData("""{"v": "0"}""", "from 1 to")]
    public void AsAmount_Malformed_Throws(string json, string reason)
    {
        var field = JsonField.Parse(json, "doc").AsObject().Required("v");

        var error = Assert.Throws<JsonFieldException>(() => field.AsAmount(new Amount(1), Amount.MaxValue));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsAddress_BadChecksum_Throws()
    {
        var field = JsonField.Parse("""{"a": "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"}""", "doc").AsObject().Required("a");

        var error = Assert.Throws<JsonFieldException>(() => field.AsAddress());

        Assert.Equal("doc.a", error.Path);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsString_Empty_Throws()
    {
        var field = JsonField.Parse("""{"s": ""}""", "doc").AsObject().Required("s");

        Assert.Throws<JsonFieldException>(() => field.AsString());
    }

    [Fact]
    public void AsBoolean_NotBoolean_Throws()
    {
        var field = JsonField.Parse("""{"b": "true"}""", "doc").AsObject().Required("b");

        var error = Assert.Throws<JsonFieldException>(() => field.AsBoolean());

        Assert.Contains("true or false", error.Message, StringComparison.Ordinal);
    }
}
