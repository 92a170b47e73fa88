using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class FeeRankTests
{
    [Theory]
    [InlineData(10, 3, 5, 3)]
    [InlineData(10, 8, 5, 5)]
    [InlineData(5, 5, 5, 0)]
    public void Of_FeeCapCoversBaseFee_EffectiveTip(ulong maxFee, ulong tip, ulong baseFee, ulong expected) =>
        Assert.Equal(new FeeRank(true, expected), FeeRank.Of(maxFee, tip, baseFee));

    [Fact]
    public void Of_FeeCapBelowBaseFee_RanksBelowAnyPayingOne()
    {
        var unpayable = FeeRank.Of(99, 99, 100);

        Assert.Equal(new FeeRank(false, 99), unpayable);
        Assert.True(unpayable < FeeRank.Of(100, 0, 100));
        Assert.True(FeeRank.Of(50, 50, 100) < unpayable);
    }
}
