using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Tests.L1.Transactions;

public sealed class L1FeesTests
{
    [Fact]
    public void ForNextBlock_BaseFeeAndTip_CapsAtTwiceTheBaseFeePlusTheTip()
    {
        Assert.Equal(new L1Fees(7, 1), L1Fees.ForNextBlock(3, 1));
    }

    [Fact]
    public void BumpedTo_MarketBelow_RaisesBothByThePercentRoundedUp()
    {
        var bumped = new L1Fees(1_001, 15).BumpedTo(new L1Fees(10, 1), 10);

        Assert.Equal(new L1Fees(1_102, 17), bumped);
        Assert.True(bumped.Replaces(new L1Fees(1_001, 15), 10));
    }

    [Fact]
    public void BumpedTo_ZeroTip_RaisesItByOneWeiAsGethWantsItStrictlyHigher()
    {
        Assert.Equal(1, new L1Fees(100, 0).BumpedTo(new L1Fees(0, 0), 10).MaxPriorityFeePerGas);
    }

    [Fact]
    public void BumpedTo_MarketAbove_TakesTheMarket()
    {
        Assert.Equal(new L1Fees(5_000, 300), new L1Fees(100, 10).BumpedTo(new L1Fees(5_000, 300), 10));
    }

    [Fact]
    public void Replaces_LessThanThePercentOnEitherFee_IsFalse()
    {
        var previous = new L1Fees(1_000, 100);

        Assert.False(new L1Fees(1_099, 200).Replaces(previous, 10));
        Assert.False(new L1Fees(2_000, 109).Replaces(previous, 10));
        Assert.True(new L1Fees(1_100, 110).Replaces(previous, 10));
    }
}
