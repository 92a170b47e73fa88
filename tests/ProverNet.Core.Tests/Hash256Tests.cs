namespace ProverNet.Core.Tests;

public class Hash256Tests
{
    private const string Text = "0x00000000000000000000000000000000000000000000000000000000000000ff";

    [Fact]
    public void Parse_ToString_RoundTrips()
    {
        Assert.Equal(Text, Hash256.Parse(Text).ToString());
    }

    [Fact]
    public void Parse_WrongLength_Throws()
    {
        var error = Assert.Throws<FormatException>(() => Hash256.Parse("0x00ff"));
        Assert.Contains("32 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_OrdersAsBigEndianBytes()
    {
        var small = Hash256.Parse(Text);
        var large = Hash256.Parse("0x0100000000000000000000000000000000000000000000000000000000000000");

        Assert.True(small < large);
        Assert.True(Hash256.Zero < small);
    }

    [Fact]
    public void Constructor_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Hash256(new byte[31]));
    }

    [Fact]
    public void ByteAt_EveryIndex_EqualsTheByteOfTheArray()
    {
        var hash = Keccak256.Hash("every byte differs"u8);
        var bytes = hash.ToArray();

        for (var index = 0; index < Hash256.Length; index++)
        {
            Assert.Equal(bytes[index], hash.ByteAt(index));
        }
    }

    [Fact]
    public void ByteAt_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hash256.Parse(Text).ByteAt(32));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hash256.Parse(Text).ByteAt(-1));
    }
}
