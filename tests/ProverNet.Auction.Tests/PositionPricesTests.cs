namespace ProverNet.Auction.Tests;

public class PositionPricesTests
{
    [Fact]
    public void Compute_WorkedExample_Pays290And210And120()
    {
        var pay = new UInt128[3];

        PositionPrices.Compute([5, 8, 9], [30, 20, 10], 12, pay);

        Assert.Equal([(UInt128)290, 210, 120], pay);
    }

    [Fact]
    public void Compute_EqualSizes_PaysThresholdTimesSize()
    {
        var pay = new UInt128[3];

        PositionPrices.Compute([1, 2, 3], [7, 7, 7], 10, pay);

        Assert.Equal([(UInt128)70, 70, 70], pay);
    }

    [Fact]
    public void Compute_LargestValues_FitsWithoutOverflow()
    {
        var pay = new UInt128[1];

        PositionPrices.Compute([1], [uint.MaxValue], OrderBounds.MaxPricePerUnit, pay);

        Assert.Equal(OrderBounds.MaxPricePerUnit * uint.MaxValue, pay[0]);
    }
}
