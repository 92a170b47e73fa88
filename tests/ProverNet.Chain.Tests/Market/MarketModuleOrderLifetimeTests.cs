using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
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
        var before = market.Commit();

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.SubmitBid(spammer, BidCall(price: 1, deadline: ulong.MaxValue, expiry: expiry), market.Logs));

        Assert.Equal($"deadline {ulong.MaxValue} is after {LatestDeadline}: block time 1000 + maxOrderLifetimeSec 3600 + proving window 60 s", error.Message);
        Assert.Equal(before, market.Commit());
        Assert.Equal(StartBalance, market.Balance(spammer));
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
    [InlineData(0UL, LatestExpiry + 1, "expiry 4601 is after 4600: block time 1000 + maxOrderLifetimeSec 3600 s")]
    public void SubmitBid_OneSecondPastTheLifetime_RevertsWithTheReasonAndChangesNothing(ulong deadline, ulong expiry, string reason)
    {
        var requester = market.Requester(1);
        var before = market.Commit();

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.SubmitBid(requester, BidCall(10, deadline: deadline, expiry: expiry), market.Logs));

        Assert.Equal(reason, error.Message);
        Assert.Equal(before, market.Commit());
        Assert.Empty(market.Logs);
    }

    [Fact]
    public void SubmitBid_LifetimeShorterThanTheWindow_DefaultsAreClipped()
    {
        WithClass(Plain, window: 600, lifetime: 120);

        var id = market.Bid(market.Requester(1), 10);

        Assert.Equal((StartTime + 600 + 120, StartTime + 120), (market.BidRecord(id).Deadline, market.BidRecord(id).Expiry));
    }

    [Fact]
    public void SubmitBid_Pipeline_UsesTheSmallestLifetimeOverItsStages()
    {
        WithClass(StageA, window: 30, lifetime: 7_200);
        WithClass(StageB, window: 40, lifetime: 100);
        var requester = market.Requester(1);

        var accepted = market.Module.SubmitBid(requester, BidCall(10, market: PipelineId, composite: true, deadline: StartTime + 170, expiry: StartTime + 100), market.Logs);
        var before = market.Commit();
        var error = Assert.Throws<ExecutionRevertedException>(() =>
            market.Module.SubmitBid(requester, BidCall(10, market: PipelineId, composite: true, deadline: StartTime + 170, expiry: StartTime + 101), market.Logs));

        Assert.Equal(StartTime + 100, market.BidRecord(accepted).Expiry);
        Assert.Equal("expiry 1101 is after 1100: block time 1000 + maxOrderLifetimeSec 100 s", error.Message);
        Assert.Equal(before, market.Commit());
    }

    [Fact]
    public void SubmitBid_PipelineDeadlinePastTheSmallestLifetime_RevertsNamingIt()
    {
        WithClass(StageA, window: 30, lifetime: 100);
        var requester = market.Requester(1);

        var error = Assert.Throws<ExecutionRevertedException>(() =>
            market.Module.SubmitBid(requester, BidCall(10, market: PipelineId, composite: true, deadline: StartTime + 171), market.Logs));

        Assert.Equal("deadline 1171 is after 1170: block time 1000 + maxOrderLifetimeSec 100 + proving window 70 s", error.Message);
    }

    [Fact]
    public void SubmitOffer_ExpiryAtTheLifetime_IsAccepted()
    {
        var id = market.Offer(market.Prover(1), 20, expiry: LatestExpiry);

        Assert.Equal(LatestExpiry, market.OfferRecord(id).Expiry);
    }

    [Fact]
    public void SubmitOffer_OneSecondPastTheLifetime_RevertsWithTheReasonAndChangesNothing()
    {
        var prover = market.Prover(1);
        var before = market.Commit();

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(prover, 20, expiry: LatestExpiry + 1));

        Assert.Equal("expiry 4601 is after 4600: block time 1000 + maxOrderLifetimeSec 3600 s", error.Message);
        Assert.Equal(before, market.Commit());
        Assert.Equal(Amount.Zero, market.ProverOf(prover).LockedStake);
        Assert.Empty(market.Logs);
    }

    [Fact]
    public void SubmitOffer_LifetimeShorterThanTheWindow_DefaultIsClipped()
    {
        WithClass(Plain, window: 600, lifetime: 120);

        var id = market.Offer(market.Prover(1), 20);

        Assert.Equal(StartTime + 120, market.OfferRecord(id).Expiry);
    }

    [Fact]
    public void GovernanceLowersTheLifetime_NewOrdersAreBoundOpenOnesKeepTheirExpiry()
    {
        var requester = market.Requester(1);
        var prover = market.Prover(1);
        var earlyBid = market.Module.SubmitBid(requester, BidCall(10, deadline: LatestDeadline, expiry: LatestExpiry), market.Logs);
        var earlyOffer = market.Offer(prover, 20, expiry: LatestExpiry);
        WithClass(Plain, window: 60, lifetime: 600);
        market.BlockTime = StartTime + 1_000;
        market.BlockNumber = 2;

        var bidError = Assert.Throws<ExecutionRevertedException>(() => market.Bid(requester, 10, expiry: market.BlockTime + 601));
        var offerError = Assert.Throws<ExecutionRevertedException>(() => market.Offer(prover, 20, expiry: market.BlockTime + 601));
        var later = market.Module.SubmitBid(requester, BidCall(10, deadline: market.BlockTime + 660, expiry: market.BlockTime + 600), market.Logs);
        market.Module.Clear(market.Logs);

        Assert.Equal("expiry 2601 is after 2600: block time 2000 + maxOrderLifetimeSec 600 s", bidError.Message);
        Assert.Equal(bidError.Message, offerError.Message);
        Assert.Equal((BidStatus.Open, LatestExpiry, LatestDeadline), (market.BidRecord(earlyBid).Status, market.BidRecord(earlyBid).Expiry, market.BidRecord(earlyBid).Deadline));
        Assert.Equal(LatestExpiry, market.OfferRecord(earlyOffer).Expiry);
        Assert.Equal(market.BlockTime + 600, market.BidRecord(later).Expiry);
    }

    // Applies the change as L1 governance does: the registry's ABI encoding through ParameterChanges.
    private void WithClass(uint classId, uint window, uint lifetime)
    {
        var changed = market.Parameters.Classes.Single(c => c.Id == classId) with { ProvingWindowSec = window, MaxOrderLifetimeSec = lifetime };
        market.Parameters = ParameterChanges.Apply(market.Parameters, ParameterKeys.Class, classId, RegistryEncoding.Class(changed));
    }
}
