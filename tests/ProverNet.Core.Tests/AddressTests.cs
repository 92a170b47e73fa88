namespace ProverNet.Core.Tests;

public class AddressTests
{
    private const string Checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    [Fact]
    public void Parse_ChecksummedAddress_RoundTripsToTheSameChecksum()
    {
        var address = Address.Parse(Checksummed);

        Assert.Equal(Checksummed, address.ToChecksumString());
        Assert.Equal(Checksummed.ToLowerInvariant(), address.ToString());
    }

    [Theory]
    [InlineData("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")]
    [InlineData("0XF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266")]
    public void Parse_SingleCase_IsAcceptedWithoutChecksum(string text)
    {
        Assert.Equal(Address.Parse(Checksummed), Address.Parse(text));
    }

    [Theory]
    [InlineData("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "checksum")]
    [InlineData("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x")]
    [InlineData("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb922", "20 bytes")]
    [InlineData("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226", "even")]
    [InlineData("0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266", "hex digit")]
    public void TryParse_MalformedText_FailsWithReason(string text, string reason)
    {
        Assert.False(Address.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_OrdersAsBigEndianBytes()
    {
        var low = Address.Parse("0x00000000000000000000000000000000000000ff");
        var high = Address.Parse("0x0100000000000000000000000000000000000000");

        Assert.True(low < high);
        Assert.Equal(-1, low.CompareTo(high));
    }

    [Fact]
    public void WriteTo_ReturnsTheParsedBytes()
    {
        var bytes = Hex.Decode(Checksummed);

        Assert.Equal(bytes, Address.Parse(Checksummed).ToArray());
        Assert.Equal(Address.Parse(Checksummed), new Address(bytes));
    }
}
