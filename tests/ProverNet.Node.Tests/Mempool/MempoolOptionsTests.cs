using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class MempoolOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new MempoolOptions().Validate();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10, 0)]
    [InlineData(10, 11)]
    public void Validate_LimitThatCannotWork_Throws(int maxTransactions, int maxPerSender) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MempoolOptions { MaxTransactions = maxTransactions, MaxPerSender = maxPerSender }.Validate());
}
