using ProverNet.Core.Rlp;

namespace ProverNet.Core.Tests.Rlp;

public class RlpWriterTests
{
    [Theory]
    [InlineData("", "80")]
    [InlineData("00", "00")]
    [InlineData("7f", "7f")]
    [InlineData("80", "8180")]
    [InlineData("646f67", "83646f67")]
    public void EncodeString_ShortValue_MatchesSpecification(string value, string expected)
    {
        var encoded = RlpWriter.EncodeString(Convert.FromHexString(value));

        Assert.Equal(expected, Convert.ToHexString(encoded), ignoreCase: true);
        Assert.Equal(encoded.Length, RlpWriter.GetStringLength(Convert.FromHexString(value)));
    }

    [Theory]
    [InlineData(55, "b7")]
    [InlineData(56, "b838")]
    [InlineData(1024, "b90400")]
    public void EncodeString_LongValue_UsesMinimalLengthOfLength(int length, string header)
    {
        var encoded = RlpWriter.EncodeString(new byte[length]);

        Assert.StartsWith(header, Convert.ToHexString(encoded), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((header.Length / 2) + length, encoded.Length);
    }

    [Theory]
    [InlineData(0UL, "80")]
    [InlineData(15UL, "0f")]
    [InlineData(127UL, "7f")]
    [InlineData(128UL, "8180")]
    [InlineData(1024UL, "820400")]
    [InlineData(ulong.MaxValue, "88ffffffffffffffff")]
    public void WriteUInt64_Value_WritesMinimalBigEndian(ulong value, string expected)
    {
        var buffer = new byte[RlpWriter.GetUInt64Length(value)];

        var written = RlpWriter.WriteUInt64(buffer, value);

        Assert.Equal(buffer.Length, written);
        Assert.Equal(expected, Convert.ToHexString(buffer), ignoreCase: true);
        Assert.Equal(buffer, RlpWriter.EncodeUInt256(value));
    }

    [Fact]
    public void EncodeList_CatDog_MatchesSpecification()
    {
        var encoded = RlpWriter.EncodeList(RlpWriter.EncodeString("cat"u8), RlpWriter.EncodeString("dog"u8));

        Assert.Equal("c88363617483646f67", Convert.ToHexString(encoded), ignoreCase: true);
    }

    [Fact]
    public void EncodeList_Empty_IsC0()
    {
        Assert.Equal([0xc0], RlpWriter.EncodeList());
    }

    [Fact]
    public void EncodeList_LongPayload_RoundTripsThroughReader()
    {
        var items = Enumerable.Range(0, 40).Select(i => RlpWriter.EncodeUInt256((ulong)i * 1000)).ToArray();

        var encoded = RlpWriter.EncodeList(items);

        var reader = new RlpReader(encoded);
        Assert.True(reader.TryReadList(out var list, out _));
        for (var i = 0; i < 40; i++)
        {
            Assert.True(list.TryReadUInt64(out var value, out _));
            Assert.Equal((ulong)i * 1000, value);
        }

        Assert.True(list.IsAtEnd);
        Assert.True(reader.IsAtEnd);
    }
}
