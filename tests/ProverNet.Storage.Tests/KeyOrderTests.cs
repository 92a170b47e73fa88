namespace ProverNet.Storage.Tests;

public sealed class KeyOrderTests
{
    [Theory]
    [InlineData(new byte[] { 0x01 }, new byte[] { 0x02 })]
    [InlineData(new byte[] { 0x01, 0xFF }, new byte[] { 0x02 })]
    [InlineData(new byte[] { 0x01, 0xFE }, new byte[] { 0x01, 0xFF })]
    public void PrefixUpperBound_NotAllOnes_IncrementsLastNonFfByte(byte[] prefix, byte[] expected) =>
        Assert.Equal(expected, KeyOrder.PrefixUpperBound(prefix));

    [Fact]
    public void PrefixUpperBound_AllOnesOrEmpty_IsUnbounded()
    {
        Assert.Null(KeyOrder.PrefixUpperBound([0xFF, 0xFF]));
        Assert.Null(KeyOrder.PrefixUpperBound([]));
    }

    [Fact]
    public void Compare_BytesAsUnsignedThenLength()
    {
        Assert.True(KeyOrder.Instance.Compare([0x7F], [0x80]) < 0);
        Assert.True(KeyOrder.Instance.Compare([0x01], [0x01, 0x00]) < 0);
        Assert.Equal(0, KeyOrder.Instance.Compare([0x01, 0x02], [0x01, 0x02]));
    }
}
