using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Chain.Tests.Support;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

/// <summary>
/// The class's <c>maxOrderLifetimeSec</c> L bounds new orders: a bid's expiry by block time + L and its deadline by block
/// time + L + W; an offer's expiry by block time + L. Fixture: block time 1,000, L = 3,600, class 1's window 60 s.
/// </summary>
public class MarketModuleOrderLifetimeTests
{
    private const ulong LatestExpiry = StartTime + Lifetime;
    private const ulong LatestDeadline = StartTime + Lifetime + 60;

    private readonly MarketFixture market = new();

    [Theory]
    [InlineData(0UL)]
    [InlineData(StartTime)]
    public void SubmitBid_NeverExpiringSpam_RevertsWithTheReasonAndChangesNothing(ulong expiry)
    {
        var spammer = market.Requester(1);
        var call = BidCall(price: 1, deadline: ulong.MaxValue, expiry: expiry);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.SubmitBid(spammer, call, market.Logs));

        Assert.Equal($"deadline {ulong.MaxValue} is after {LatestDeadline}: block time 1000 + maxOrderLifetimeSec 3600 + proving window 60 s", error.Message);
        Assert.Equal(StartBalance, market.Balance(spammer));
        Assert.Empty(market.Ledger.OpenIds(OrderSide.Bid));
        Assert.Empty(market.Logs);
    }

    [Fact]
    public void SubmitBid_ExpiryAndDeadlineAtTheLifetime_AreAccepted()
    {
        var id = market.Module.SubmitBid(market.Requester(1), BidCall(10, deadline: LatestDeadline, expiry: LatestExpiry), market.Logs);

        Assert.Equal((LatestDeadline, LatestExpiry), (market.BidRecord(id).Deadline, market.BidRecord(id).Expiry));
    }

    [Theory]
    [InlineData(LatestDeadline, LatestExpiry + 1, "expiry 4601 is after 4600: block time 1000 + maxOrderLifetimeSec 3600 s")]
    [InlineData(LatestDeadline + 1, StartTime, "deadline 4661 is after 4660: block time 1000 + maxOrderLifetimeSec 3600 + proving window 60 s")]
    [InlineData(LatestDeadline + 1, 0UL, "deadline 4661 is after 4660: block time 1000 + maxOrderLifetimeSec 3600 + proving window 60 s")]
    public void SubmitBid_OneSecondPastTheLifetime_Reverts(ulong deadline, ulong expiry, string reason)
    {
        var call = BidCall(10, deadline: deadline, expiry: expiry);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.SubmitBid(market.Requester(1), call, market.Logs));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void SubmitBid_LifetimeShorterThanTheWindow_DefaultsAreClipped()
    {
        WithLifetime(Plain, 20);

        var id = market.Bid(market.Requester(1), 10);

        Assert.Equal((StartTime + 60 + 20, StartTime + 20), (market.BidRecord(id).Deadline, market.BidRecord(id).Expiry));
    }

    [Fact]
    public void SubmitBid_Pipeline_TheShortestStageLifetimeBinds()
    {
        WithLifetime(StageB, 100);
        var requester = market.Requester(1);

        var accepted = market.Module.SubmitBid(requester, BidCall(10, market: PipelineId, composite: true, deadline: StartTime + 170, expiry: StartTime + 100), market.Logs);
        var error = Assert.Throws<ExecutionRevertedException>(() =>
            market.Module.SubmitBid(requester, BidCall(10, market: PipelineId, composite: true, deadline: StartTime + 171, expiry: StartTime + 101), market.Logs));

        Assert.Equal(StartTime + 100, market.BidRecord(accepted).Expiry);
        Assert.Equal("deadline 1171 is after 1170: block time 1000 + maxOrderLifetimeSec 100 + proving window 70 s", error.Message);
    }

    [Fact]
    public void SubmitOffer_ExpiryAtTheLifetime_IsAcceptedAndOnePastReverts()
    {
        var prover = market.Prover(1);

        var id = market.Offer(prover, 20, expiry: LatestExpiry);
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(prover, 20, expiry: LatestExpiry + 1));

        Assert.Equal(LatestExpiry, market.OfferRecord(id).Expiry);
        Assert.Equal("expiry 4601 is after 4600: block time 1000 + maxOrderLifetimeSec 3600 s", error.Message);
    }

    [Fact]
    public void SubmitOffer_LifetimeShorterThanTheWindow_DefaultIsClipped()
    {
        WithLifetime(Plain, 20);

        var id = market.Offer(market.Prover(1), 20);

        Assert.Equal(StartTime + 20, market.OfferRecord(id).Expiry);
    }

    [Fact]
    public void GovernanceLowersTheLifetime_NewOrdersAreBoundOpenOnesKeepTheirExpiry()
    {
        var requester = market.Requester(1);
        var early = market.Module.SubmitBid(requester, BidCall(10, deadline: LatestDeadline, expiry: LatestExpiry), market.Logs);
        WithLifetime(Plain, 600);
        market.BlockTime = StartTime + 1_000;
        market.BlockNumber = 2;

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Bid(requester, 10, expiry: market.BlockTime + 601));
        market.Module.Clear(market.Logs);

        Assert.Equal("expiry 2601 is after 2600: block time 2000 + maxOrderLifetimeSec 600 s", error.Message);
        Assert.Equal((BidStatus.Open, LatestExpiry), (market.BidRecord(early).Status, market.BidRecord(early).Expiry));
    }

    // Applies the change as L1 governance does: the registry's ABI encoding through ParameterChanges.
    private void WithLifetime(uint classId, uint lifetime)
    {
        var changed = market.Parameters.Classes.Single(c => c.Id == classId) with { MaxOrderLifetimeSec = lifetime };
        market.Parameters = ParameterChanges.Apply(market.Parameters, ParameterKeys.Class, classId, RegistryEncoding.Class(changed));
    }
}
