using ProverNet.Auction.Tests.Support;

namespace ProverNet.Auction.Tests;

/// <summary>The worked examples of docs/clearing-rule.md §7 and the rule's edge cases, one round each.</summary>
public class TodaAuctionTests
{
    [Fact]
    public void Clear_ThickUniformPriceExample_FourTradesAt62()
    {
        var outcome = WorkedExample(20, 30, 45, 55, 65, 75, 85, 95);

        var market = outcome.Markets.Single();
        Assert.Equal((Regime.Thick, ClearingBranch.UniformPrice, 4, (UInt128)62), (market.Regime, market.Branch, market.Crossing, market.PriceCandidate));
        Assert.Equal([1UL, 2, 3, 4], outcome.MatchedBids().Order().ToArray());
        Assert.Equal([1UL, 2, 3, 4], outcome.MatchedOffers());
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)62, match.BuyerPricePerUnit));
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)62, match.Provers.Single().Pay));
        Assert.Equal(UInt128.Zero, outcome.Treasury);
        Assert.Equal((UInt128)62, outcome.ReferencePriceOf(0));
    }

    [Fact]
    public void Clear_ThickTradeReductionExample_ThreeTradesBidsPay70OffersGet69()
    {
        var outcome = WorkedExample(20, 30, 45, 69, 90, 91, 92, 93);

        var market = outcome.Markets.Single();
        Assert.Equal((ClearingBranch.TradeReduction, 4, (UInt128)75, 3), (market.Branch, market.Crossing, market.PriceCandidate, market.Winners));
        Assert.Equal([1UL, 2, 3], outcome.MatchedBids().Order().ToArray());
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)70, match.BuyerPricePerUnit));
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)69, match.Provers.Single().Pay));
        Assert.Equal((UInt128)3, outcome.Treasury);
        Assert.Equal((UInt128)69, outcome.ReferencePriceOf(0));
        Assert.Contains(4UL, outcome.Open.Bids.ToArray());
        Assert.Contains(4UL, outcome.Open.Offers.ToArray());
    }

    [Fact]
    public void Clear_PositionPricesExample_BiggestJobToCheapestProverAtVcgPay()
    {
        // m = 3; the fourth bid and offer set p0 = floor((10 + 14) / 2) = 12, so the uniform branch holds at 12.
        var outcome = new RoundBuilder(thickMarketMinOrders: 3).Class(0, 10)
            .Bid(20, units: 30).Bid(20, units: 20).Bid(20, units: 10).Bid(10, units: 1)
            .Offers(5, 8, 9, 14)
            .Clear();

        var pays = outcome.Matches.Select(match => (match.Units, match.Provers.Single().OfferId, match.Provers.Single().Pay));
        Assert.Equal([(30u, 1UL, (UInt128)290), (20u, 2UL, (UInt128)210), (10u, 3UL, (UInt128)120)], pays);
        Assert.Equal((UInt128)100, outcome.Treasury);
        Assert.Equal((UInt128)12, outcome.Markets.Single().BuyerPricePerUnit);
    }

    [Theory]
    [InlineData(12, true, 12)]
    [InlineData(20, false, 18)]
    [InlineData(5, false, 6)]
    public void Clear_ThinExample_TradesOnlyWhenReferenceInsideSpread(int reference, bool trades, int nextReference)
    {
        var outcome = new RoundBuilder().Class(0, (UInt128)reference).Bids(18).Offers(8).Clear();

        var market = outcome.Markets.Single();
        Assert.Equal((Regime.Thin, ClearingBranch.PostedPrice), (market.Regime, market.Branch));
        Assert.Equal(trades ? 1 : 0, outcome.Matches.Length);
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)reference, match.BuyerPricePerUnit));
        Assert.All(outcome.Matches, match => Assert.Equal((UInt128)reference, match.Provers.Single().Pay));
        Assert.Equal((UInt128)nextReference, outcome.ReferencePriceOf(0));
    }

    [Fact]
    public void Clear_OpenOrdersNextRound_TradeOnceReferenceMovesIntoSpread()
    {
        // Round 1: R = 20 is above the only bid (18), so nothing trades and R steps down to 18 (docs/clearing-rule.md §7).
        var builder = new RoundBuilder().Class(0, 20).Bids(18).Offers(8);
        var first = builder.Clear();
        Assert.Empty(first.Matches);
        Assert.Equal([1UL], first.Open.Bids.ToArray());
        Assert.Equal([1UL], first.Open.Offers.ToArray());

        // Round 2: the same open orders, the new R: now the bid is willing and both trade at 18.
        var second = TodaAuction.Clear(builder.Build() with { Classes = [new AuctionClass(0, first.ReferencePriceOf(0))] });

        var match = Assert.Single(second.Matches);
        Assert.Equal(((UInt128)18, (UInt128)18), (match.BuyerPricePerUnit, match.Provers.Single().Pay));
    }

    [Fact]
    public void Clear_ThickEqualPrices_LowerSeqWins()
    {
        // k = 3 with no fourth pair: p0 is +infinity, so trade reduction serves the first two by seq.
        var outcome = new RoundBuilder(thickMarketMinOrders: 2).Class(0, 10).Bids(50, 50, 50).Offers(10, 10, 10).Clear();

        Assert.Equal([1UL, 2], outcome.MatchedBids().Order().ToArray());
        Assert.Equal([1UL, 2], outcome.MatchedOffers());
        Assert.Equal([3UL], outcome.Open.Bids.ToArray());
    }

    [Fact]
    public void Clear_ThinMarket_FirstWillingBySeqWinsNotHighest()
    {
        var outcome = new RoundBuilder().Class(0, 10).Bids(9, 11, 40).Offers(30, 10).Clear();

        Assert.Equal([2UL], outcome.MatchedBids());
        Assert.Equal([2UL], outcome.MatchedOffers());
    }

    [Fact]
    public void Clear_ExpiryBeforeBlockTime_DropsOrderButExpiryAtBlockTimeStillTrades()
    {
        var builder = new RoundBuilder().Class(0, 10);
        builder.BlockTime = 100;
        var outcome = builder.Bid(20, expiry: 99).Bid(20, expiry: 100).Offer(5, expiry: 99).Offer(5, expiry: 100).Clear();

        Assert.Equal([1UL], outcome.Expired.Bids.ToArray());
        Assert.Equal([1UL], outcome.Expired.Offers.ToArray());
        Assert.Equal([2UL], outcome.MatchedBids());
        Assert.Equal([2UL], outcome.MatchedOffers());
        Assert.Empty(outcome.Open.Bids.ToArray());
    }

    [Fact]
    public void Clear_ThickPipeline_SupplyChainTradeReduction()
    {
        // S_1 = 25, S_2 = 45, S_3 = 65: k = 2, so bid 1 wins, pays b_2 = 90, stages get a_2 = 20 and 25.
        var outcome = new RoundBuilder(thickMarketMinOrders: 2).Class(1, 10).Class(2, 10).Pipeline(7, 1, 2)
            .CompositeBid(7, 100).CompositeBid(7, 90).CompositeBid(7, 50)
            .Offer(10, 1).Offer(20, 1).Offer(30, 1).Offer(15, 2).Offer(25, 2).Offer(35, 2)
            .Clear();

        var match = Assert.Single(outcome.Matches);
        Assert.Equal((1UL, (UInt128)90), (match.BidId, match.BuyerPricePerUnit));
        Assert.Equal([new ProverAssignment(1, 20), new ProverAssignment(4, 25)], match.Provers.ToArray());
        Assert.Equal((UInt128)45, outcome.Treasury);
        Assert.Equal((UInt128)20, outcome.ReferencePriceOf(1));
        Assert.Equal((UInt128)25, outcome.ReferencePriceOf(2));
        Assert.Equal((Regime.Thick, ClearingBranch.TradeReduction, 2), (outcome.Markets.Single().Regime, outcome.Markets.Single().Branch, outcome.Markets.Single().Crossing));
    }

    [Fact]
    public void Clear_ThinPipeline_PostedStagePricesSumToBuyerPrice()
    {
        var outcome = new RoundBuilder().Class(1, 10).Class(2, 20).Pipeline(7, 1, 2)
            .CompositeBid(7, 35, units: 3).CompositeBid(7, 25)
            .Offer(8, 1).Offer(12, 1).Offer(18, 2)
            .Clear();

        var match = Assert.Single(outcome.Matches);
        Assert.Equal((1UL, (UInt128)30, (UInt128)15), (match.BidId, match.BuyerPricePerUnit, match.Refund));
        Assert.Equal([new ProverAssignment(1, 30), new ProverAssignment(3, 60)], match.Provers.ToArray());
        Assert.Equal(UInt128.Zero, outcome.Treasury);
        Assert.Equal([2UL], outcome.Open.Offers.ToArray());
    }

    [Fact]
    public void Clear_AccountWithTwoBids_OnlyLowestSeqTakesPart()
    {
        var outcome = new RoundBuilder().Class(0, 10).Bid(20, account: 5).Bid(30, account: 5).Offers(5, 6).Clear();

        Assert.Equal([1UL], outcome.MatchedBids());
        Assert.Equal([2UL], outcome.Open.Bids.ToArray());
        Assert.Equal(1, outcome.Markets.Single().BidsTakingPart);
    }

    [Fact]
    public void Clear_AccountWithOfferThenBid_BidWaits()
    {
        var outcome = new RoundBuilder().Class(0, 10).Offer(5, account: 9).Bid(20, account: 9).Bid(20).Clear();

        Assert.Equal([2UL], outcome.MatchedBids());
        Assert.Equal([1UL], outcome.Open.Bids.ToArray());
    }

    [Fact]
    public void Explain_ThickRound_BooksSortedByPriceThenSeq()
    {
        var explanation = TodaAuction.Explain(new RoundBuilder(thickMarketMinOrders: 2).Class(0, 10).Bids(10, 30, 30).Offers(9, 3, 9).Build());

        var book = Assert.Single(explanation.Books);
        Assert.Equal([2UL, 3, 1], book.BidIds.ToArray());
        Assert.Equal([2UL, 1, 3], book.OfferIds.Single().ToArray());
        Assert.Equal(explanation.Outcome.Hash, TodaAuction.Clear(new RoundBuilder(thickMarketMinOrders: 2).Class(0, 10).Bids(10, 30, 30).Offers(9, 3, 9).Build()).Hash);
    }

    /// <summary>docs/clearing-rule.md §7's thick examples: the same eight unit bids against the given unit offers, m = 8.</summary>
    private static RoundOutcome WorkedExample(params int[] asks) =>
        new RoundBuilder().Class(0, 50).Bids(100, 90, 80, 70, 60, 50, 40, 30).Offers(asks).Clear();
}
