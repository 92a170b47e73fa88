using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Market;

public class MarketKeysTests
{
    [Fact]
    public void Keys_UseTheMarketKindRange()
    {
        byte[][] keys =
        [
            MarketKeys.Bid(1), MarketKeys.Offer(1), MarketKeys.Job(1), MarketKeys.Counters(), MarketKeys.ReferencePrice(1),
            MarketKeys.Open(OrderSide.Bid, 1), MarketKeys.Open(OrderSide.Offer, 1), MarketKeys.JobDeadline(1, 1), MarketKeys.OpenCounts(MarketRef.Class(1)),
        ];

        Assert.All(keys, key => Assert.InRange(key[0], 0x10, 0x1f));
        Assert.Equal(keys.Length, keys.Select(key => key[0]).Distinct().Count());
    }

    [Fact]
    public void JobDeadline_SortsByDeadlineThenIdAndReadsBack()
    {
        var early = MarketKeys.JobDeadline(5, 900);
        var late = MarketKeys.JobDeadline(6, 1);

        Assert.True(KeyOrder.Instance.Compare(early, late) < 0);
        Assert.Equal((5UL, 900UL), MarketKeys.ReadJobDeadline(early));
        Assert.Equal(0x0102UL, MarketKeys.ReadOpenId(MarketKeys.Open(OrderSide.Offer, 0x0102)));
    }

    [Fact]
    public void OpenCounts_ClassAndPipelineOfTheSameIdDiffer()
    {
        Assert.NotEqual(Hex.Encode(MarketKeys.OpenCounts(MarketRef.Class(7))), Hex.Encode(MarketKeys.OpenCounts(MarketRef.Pipeline(7))));
    }
}
