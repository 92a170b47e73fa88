namespace ProverNet.Core.Tests;

public class HexTests
{
    [Fact]
    public void Encode_Decode_RoundTrips()
    {
        byte[] bytes = [0x00, 0xab, 0xff];

        Assert.Equal("0x00abff", Hex.Encode(bytes));
        Assert.Equal(bytes, Hex.Decode("0x00ABff"));
    }

    [Fact]
    public void Decode_EmptyAfterPrefix_IsEmpty()
    {
        Assert.Empty(Hex.Decode("0x"));
    }

    [Theory]
    [InlineData("00ab")]
    [InlineData("0x0")]
    [InlineData("0xzz")]
    public void Decode_Malformed_Throws(string text)
    {
        Assert.Throws<FormatException>(() => Hex.Decode(text));
    }
}
