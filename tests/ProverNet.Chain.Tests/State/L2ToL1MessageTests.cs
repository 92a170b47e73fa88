using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public sealed class L2ToL1MessageTests
{
    [Fact]
    public void WriteAbiEncoded_SlashWithJobId_LaysOutHeadOffsetLengthAndData()
    {
        var target = Address.Parse("0x00000000000000000000000000000000000000aa");
        var jobId = Enumerable.Repeat((byte)0x11, 32).ToArray();
        var message = new L2ToL1Message(7, MessageKind.Slash, target, new Amount(UInt128.MaxValue), jobId);
        var encoded = new byte[message.AbiEncodedLength];

        message.WriteAbiEncoded(encoded);

        Assert.Equal(7 * 32, encoded.Length);
        Assert.Equal(7, encoded[31]);
        Assert.Equal((byte)MessageKind.Slash, encoded[63]);
        Assert.Equal(0xaa, encoded[95]);
        Assert.All(encoded[64..95], b => Assert.Equal(0, b));
        Assert.All(encoded[96..112], b => Assert.Equal(0, b));
        Assert.All(encoded[112..128], b => Assert.Equal(0xFF, b));
        Assert.Equal(0xa0, encoded[159]);
        Assert.Equal(32, encoded[191]);
        Assert.Equal(jobId, encoded[192..]);
    }

    [Theory]
    [InlineData(0, 6 * 32)]
    [InlineData(1, 7 * 32)]
    [InlineData(33, 8 * 32)]
    public void AbiEncodedLength_PadsDataToWholeWords(int dataLength, int expected) =>
        Assert.Equal(expected, new L2ToL1Message(0, MessageKind.Withdraw, Address.Zero, Amount.Zero, new byte[dataLength]).AbiEncodedLength);
}
