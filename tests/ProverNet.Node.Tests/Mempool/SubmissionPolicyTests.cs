using ProverNet.Core;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class SubmissionPolicyTests
{
    [Fact]
    public void Submit_ZeroTip_UnderpricedAndNotPooled()
    {
        using var harness = new PoolHarness();

        var result = harness.Pool.Submit(harness.TransferWei(0, 0, UInt256.Zero, 10 * PoolHarness.Gwei));

        Assert.Equal(SubmissionError.Underpriced, result.Error);
        Assert.StartsWith("transaction underpriced", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Pool.Count);
    }

    [Fact]
    public void Submit_TipAtAHigherMinimum_Accepted()
    {
        using var harness = new PoolHarness(new MempoolOptions { MinPriorityFeePerGas = 5 });

        Assert.Equal(SubmissionError.Underpriced, harness.Pool.Submit(harness.TransferWei(0, 0, 4UL, 10 * PoolHarness.Gwei)).Error);
        harness.SubmitAccepted(harness.TransferWei(0, 0, 5UL, 10 * PoolHarness.Gwei));
    }

    [Theory]
    [InlineData("0x0000000000000000000000000000000000000b7e", true)]
    [InlineData("0x0000000000000000000000000000000000000b00", true)]
    [InlineData("0x0000000000000000000000000000000000000bff", true)]
    [InlineData("0x0000000000000000000000000000000000000b02", false)]
    [InlineData("0x0000000000000000000000000000000000000c00", false)]
    [InlineData("0x0000000000000000000000000000000000000aff", false)]
    public void IsUnspendableSystemAddress_TheSystemRangeButTheBridge(string address, bool unspendable)
    {
        Assert.Equal(unspendable, SubmissionPolicy.IsUnspendableSystemAddress(Address.Parse(address)));
    }
}
