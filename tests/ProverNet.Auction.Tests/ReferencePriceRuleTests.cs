namespace ProverNet.Auction.Tests;

public class ReferencePriceRuleTests
{
    [Theory]
    [InlineData(20, 0, 1, 18)]
    [InlineData(20, 1, 0, 22)]
    [InlineData(12, 1, 1, 12)]
    [InlineData(5, 1, 0, 6)]
    [InlineData(1000, 3, 1, 1062)]
    public void AfterThinRound_SmallBooks_MovesByStepTowardsShortSide(int reference, int willingBids, int willingOffers, int expected)
    {
        Assert.Equal((UInt128)expected, ReferencePriceRule.AfterThinRound((UInt128)reference, willingBids, willingOffers, 1250));
    }

    [Fact]
    public void AfterThinRound_AtOne_StaysAtOne()
    {
        Assert.Equal(UInt128.One, ReferencePriceRule.AfterThinRound(1, 0, 5, 1250));
    }

    [Fact]
    public void AfterThinRound_AtMaximum_StaysAtMaximum()
    {
        Assert.Equal(OrderBounds.MaxPricePerUnit, ReferencePriceRule.AfterThinRound(OrderBounds.MaxPricePerUnit, 5, 0, uint.MaxValue));
    }

    [Fact]
    public void AfterThinRound_StepAbove100Percent_ClampsAtOne()
    {
        Assert.Equal(UInt128.One, ReferencePriceRule.AfterThinRound(1000, 0, int.MaxValue, uint.MaxValue));
    }

    [Fact]
    public void MultiplyDivide_HugeOperands_MatchesBigIntegerFloor()
    {
        var value = OrderBounds.MaxPricePerUnit - 12345;
        ulong numerator = (1UL << 63) - 7, denominator = (1UL << 46) + 3;

        var expected = (System.Numerics.BigInteger)value * numerator / denominator;

        Assert.Equal(expected, (System.Numerics.BigInteger)ReferencePriceRule.MultiplyDivide(value, numerator, denominator));
    }
}
