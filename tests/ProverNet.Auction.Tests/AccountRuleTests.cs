using ProverNet.Auction.Tests.Support;

namespace ProverNet.Auction.Tests;

public class AccountRuleTests
{
    [Fact]
    public void Apply_AccountInTwoStages_OnlyLowestSeqOfferTakesPart()
    {
        // Found by the truthfulness search: the later stage's offer has the lower seq and must displace the earlier
        // stage's offer, which has to leave its book too.
        var outcome = new RoundBuilder().Class(0, 10).Class(1, 1).Pipeline(1, 0, 1)
            .CompositeBid(1, 12, units: 3)
            .Offer(4, classId: 1, account: 65).Offer(4, classId: 0, account: 65).Offer(8, classId: 0)
            .Clear();

        var stages = outcome.Markets.Single().Stages;
        Assert.Equal([1, 1], stages.Select(stage => stage.OffersTakingPart));
        Assert.Empty(outcome.Matches);
    }

    [Fact]
    public void Apply_BidAndOfferSameSeq_BidTakesPart()
    {
        var bid = new Bid(1, 5, MarketRef.Class(0), 1, 20, ulong.MaxValue, RoundBuilder.Account(7));
        var offer = new Offer(1, 5, 0, 10, ulong.MaxValue, RoundBuilder.Account(7));
        var input = new RoundBuilder().Class(0, 15).Build() with { Bids = [bid], Offers = [offer] };

        var market = TodaAuction.Clear(input).Markets.Single();

        Assert.Equal((1, 0), (market.BidsTakingPart, market.Stages.Single().OffersTakingPart));
    }

    [Fact]
    public void Apply_SameAccountInTwoClasses_TakesPartInBoth()
    {
        var outcome = new RoundBuilder().Class(0, 10).Class(1, 10)
            .Bid(20, classId: 0, account: 3).Bid(20, classId: 1, account: 3).Offer(5, 0).Offer(5, 1)
            .Clear();

        Assert.Equal(2, outcome.Matches.Length);
    }
}
