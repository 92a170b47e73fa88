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

    [Fact]
    public void Validate_NegativeRecoveryThreads_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MempoolOptions { RecoveryThreads = -1 }.Validate());

    [Fact]
    public void EffectiveRecoveryThreads_Automatic_LeavesACoreToTheSequencer() =>
        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), new MempoolOptions().EffectiveRecoveryThreads);

    [Fact]
    public void EffectiveRecoveryThreads_Set_IsTheSetting() =>
        Assert.Equal(3, new MempoolOptions { RecoveryThreads = 3 }.EffectiveRecoveryThreads);
}
