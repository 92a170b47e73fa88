using ProverNet.Core.Rlp;

namespace ProverNet.Core.Tests.Rlp;

public class RlpReaderTests
{
    [Theory]
    [InlineData("00", "00")]
    [InlineData("7f", "7f")]
    [InlineData("80", "")]
    [InlineData("8180", "80")]
    [InlineData("83646f67", "646f67")]
    public void TryReadString_CanonicalString_ReturnsPayload(string encoded, string payload)
    {
        var reader = new RlpReader(Convert.FromHexString(encoded));

        Assert.True(reader.TryReadString(out var value, out var error), error.ToString());
        Assert.Equal(payload, Convert.ToHexString(value), ignoreCase: true);
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void TryReadString_LongForm56Bytes_ReturnsPayload()
    {
        byte[] encoded = [0xb8, 56, .. new byte[56]];
        var reader = new RlpReader(encoded);

        Assert.True(reader.TryReadString(out var value, out _));
        Assert.Equal(56, value.Length);
    }

    [Theory]
    [InlineData("", RlpError.UnexpectedEnd)]
    [InlineData("8100", RlpError.NonCanonicalSingleByte)]
    [InlineData("817f", RlpError.NonCanonicalSingleByte)]
    [InlineData("b80100", RlpError.NonCanonicalLength)]
    [InlineData("b837", RlpError.NonCanonicalLength)]
    [InlineData("b90038", RlpError.NonCanonicalLength)]
    [InlineData("83646f", RlpError.LengthPastEnd)]
    [InlineData("b9", RlpError.LengthPastEnd)]
    [InlineData("bfffffffffffffffff", RlpError.LengthPastEnd)]
    [InlineData("c0", RlpError.ExpectedString)]
    public void TryReadString_InvalidEncoding_ReturnsError(string encoded, RlpError expected)
    {
        var reader = new RlpReader(Convert.FromHexString(encoded));

        Assert.False(reader.TryReadString(out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryReadList_NestedList_ReadsItemsInOrder()
    {
        var reader = new RlpReader(Convert.FromHexString("c9c583636174c0826869"));

        Assert.True(reader.TryReadList(out var outer, out _));
        Assert.True(outer.NextIsList);
        Assert.True(outer.TryReadList(out var inner, out _));
        Assert.True(inner.TryReadString(out var cat, out _));
        Assert.Equal("cat"u8.ToArray(), cat.ToArray());
        Assert.True(inner.TryReadList(out var empty, out _));
        Assert.True(empty.IsAtEnd);
        Assert.True(outer.TryReadString(out var hi, out _));
        Assert.Equal("hi"u8.ToArray(), hi.ToArray());
        Assert.True(outer.IsAtEnd);
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void TryReadList_ListLongerThanInput_LengthPastEnd()
    {
        var reader = new RlpReader(Convert.FromHexString("c3806f"));

        Assert.False(reader.TryReadList(out _, out var error));
        Assert.Equal(RlpError.LengthPastEnd, error);
    }

    [Fact]
    public void TryReadList_String_ExpectedList()
    {
        var reader = new RlpReader(Convert.FromHexString("80"));

        Assert.False(reader.TryReadList(out _, out var error));
        Assert.Equal(RlpError.ExpectedList, error);
    }

    [Theory]
    [InlineData("80", 0UL)]
    [InlineData("0f", 15UL)]
    [InlineData("820400", 1024UL)]
    [InlineData("88ffffffffffffffff", ulong.MaxValue)]
    public void TryReadUInt64_CanonicalInteger_ReturnsValue(string encoded, ulong expected)
    {
        var reader = new RlpReader(Convert.FromHexString(encoded));

        Assert.True(reader.TryReadUInt64(out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("820001", RlpError.LeadingZeros)]
    [InlineData("00", RlpError.LeadingZeros)]
    [InlineData("89010000000000000000", RlpError.IntegerTooLarge)]
    public void TryReadUInt64_InvalidInteger_ReturnsError(string encoded, RlpError expected)
    {
        var reader = new RlpReader(Convert.FromHexString(encoded));

        Assert.False(reader.TryReadUInt64(out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryReadUInt256_ThirtyThreeBytes_IntegerTooLarge()
    {
        byte[] encoded = [0xa1, 1, .. new byte[32]];
        var reader = new RlpReader(encoded);

        Assert.False(reader.TryReadUInt256(out _, out var error));
        Assert.Equal(RlpError.IntegerTooLarge, error);
    }

    [Fact]
    public void TryReadUInt256_ThirtyTwoBytes_ReturnsValue()
    {
        byte[] encoded = [0xa0, .. Enumerable.Repeat((byte)0xff, 32)];
        var reader = new RlpReader(encoded);

        Assert.True(reader.TryReadUInt256(out var value, out _));
        Assert.Equal(UInt256.MaxValue, value);
    }
}
