using ProverNet.Core.Rlp;

namespace ProverNet.Core.Tests.Rlp;

public sealed class StrictRlpReaderTests
{
    [Fact]
    public void OpenList_CanonicalFields_ReadsEachInOrder()
    {
        var encoding = RlpItems.ListOf([RlpItems.OfNumber(1024), RlpItems.OfHash(Hash256.Zero), RlpItems.OfBytes("hi"u8)]);

        var fields = StrictRlpReader.OpenList(encoding, "record");

        Assert.Equal(1024UL, fields.ReadNumber("n"));
        Assert.Equal(Hash256.Zero, fields.ReadHash("h"));
        Assert.Equal("hi", fields.ReadUtf8("s"));
        fields.EnsureAtEnd();
    }

    [Theory]
    [InlineData("0xc3820001", "record.n")] // 1 with a leading zero byte
    [InlineData("0xc100", "record.n: LeadingZeros")] // zero must be the empty string
    [InlineData("0xc28080", "record: more fields than expected")]
    public void Read_NotCanonical_ThrowsNamingTheField(string hex, string expected)
    {
        var error = Assert.Throws<RlpDecodingException>(() =>
        {
            var fields = StrictRlpReader.OpenList(Hex.Decode(hex), "record");
            _ = fields.ReadNumber("n");
            fields.EnsureAtEnd();
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenList_TrailingBytes_Throws()
    {
        Assert.Throws<RlpDecodingException>(() => StrictRlpReader.OpenList(Hex.Decode("0xc0c0"), "record"));
    }

    [Fact]
    public void ReadUtf8_InvalidUtf8_Throws()
    {
        var encoding = RlpItems.ListOf([RlpItems.OfBytes([0xFF, 0xFE])]);

        var error = Assert.Throws<RlpDecodingException>(() => StrictRlpReader.OpenList(encoding, "record").ReadUtf8("s"));

        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
