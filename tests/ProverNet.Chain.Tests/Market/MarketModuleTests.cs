using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Core;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

public class MarketModuleTests
{
    private readonly MarketFixture market = new();

    [Fact]
    public void SubmitBid_Valid_EscrowsAndOpensWithDefaultsResolved()
    {
        var alice = market.Requester(1);

        var id = market.Module.SubmitBid(alice, BidCall(price: 70, units: 3), market.Logs);

        var bid = market.BidRecord(id);
        Assert.Equal(1UL, id);
        Assert.Equal(new Amount(210), bid.Escrow);
        Assert.Equal(StartBalance - new Amount(210), market.Balance(alice));
        Assert.Equal(StartTime + 120, bid.Deadline);
        Assert.Equal(StartTime + 60, bid.Expiry);
        Assert.Equal(BidStatus.Open, bid.Status);
        Assert.Equal([id], market.Ledger.OpenIds(OrderSide.Bid));
        Assert.Equal(new OpenCounts(1, 0), market.Ledger.Counts(MarketRef.Class(Plain)));
        Assert.Equal(MarketEvents.BidSubmitted(id, alice, BidCall(70, 3, deadline: StartTime + 120, expiry: StartTime + 60)), Assert.Single(market.Logs));
    }

    [Fact]
    public void SubmitBid_Composite_DefaultWindowIsTheSumOfTheStages()
    {
        var id = market.CompositeBid(market.Requester(1), price: 100);

        var bid = market.BidRecord(id);
        Assert.Equal(MarketRef.Pipeline(PipelineId), bid.Market);
        Assert.Equal(StartTime + 140, bid.Deadline);
        Assert.Equal(StartTime + 70, bid.Expiry);
    }

    [Fact]
    public void SubmitBidAndOffer_ShareOneSequence()
    {
        var bidId = market.Bid(market.Requester(1), 70);
        var offerId = market.Offer(market.Prover(1), 20);

        Assert.Equal(1UL, market.BidRecord(bidId).Seq);
        Assert.Equal(2UL, market.OfferRecord(offerId).Seq);
        Assert.Equal(new MarketCounters(2, 2, 1, 3), market.Ledger.Counters);
    }

    [Theory]
    [InlineData(99u, false, 1u, 10UL, 0UL, 0UL, "unknown class 99")]
    [InlineData(Disabled, false, 1u, 10UL, 0UL, 0UL, "class 4 is disabled")]
    [InlineData(StageA, false, 1u, 10UL, 0UL, 0UL, "class 2 is a stage of pipeline 7: only submitCompositeBid may use it")]
    [InlineData(99u, true, 1u, 10UL, 0UL, 0UL, "unknown pipeline 99")]
    [InlineData(Plain, false, 0u, 10UL, 0UL, 0UL, "units 0 outside 1..1000")]
    [InlineData(Plain, false, 1001u, 10UL, 0UL, 0UL, "units 1001 outside 1..1000")]
    [InlineData(PipelineId, true, 101u, 10UL, 0UL, 0UL, "units 101 outside 1..100")]
    [InlineData(Plain, false, 1u, 0UL, 0UL, 0UL, "maxPricePerUnit 0 outside 1..2^96-1 wei")]
    [InlineData(Plain, false, 1u, 10UL, 0UL, 999UL, "expiry 999 is before the block time 1000")]
    [InlineData(Plain, false, 1u, 10UL, 1050UL, 0UL, "expiry 990 is before the block time 1000")]
    [InlineData(Plain, false, 1u, 10UL, 1059UL, 1000UL, "deadline 1059 must be at least expiry 1000 + proving window 60 s")]
    [InlineData(PipelineId, true, 1u, 10UL, 1100UL, 1031UL, "deadline 1100 must be at least expiry 1031 + proving window 70 s")]
    public void SubmitBid_BreaksARule_RevertsWithTheReason(uint marketId, bool composite, uint units, ulong price, ulong deadline, ulong expiry, string reason)
    {
        var call = BidCall(price, units, marketId, composite, deadline, expiry);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.SubmitBid(market.Requester(1), call, market.Logs));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void SubmitBid_PriceAbove96Bits_Reverts()
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Bid(market.Requester(1), UInt128.One << 96));

        Assert.Equal($"maxPricePerUnit {UInt128.One << 96} outside 1..2^96-1 wei", error.Message);
    }

    [Fact]
    public void SubmitBid_PipelineWithUnknownStageClass_Reverts()
    {
        market.Parameters = market.Parameters with { Pipelines = [new PipelineTemplate(8, "broken", [StageA, 42])] };

        var error = Assert.Throws<ExecutionRevertedException>(() =>
            market.Module.SubmitBid(market.Requester(1), BidCall(10, market: 8, composite: true), market.Logs));

        Assert.Equal("unknown class 42", error.Message);
    }

    [Fact]
    public void SubmitBid_EscrowAboveBalance_RevertsWithTheAmounts()
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Bid(market.Requester(1), 1_000_001));

        Assert.Equal("insufficient balance for escrow: 1000001 wei needed, 1000000 wei available", error.Message);
    }

    [Fact]
    public void SubmitOffer_Valid_LocksTheSlotStake()
    {
        var prover = market.Prover(1);

        var id = market.Module.SubmitOffer(prover, new SubmitOfferCall(Plain, 20, 0), market.Logs);

        Assert.Equal(SlotLock, market.ProverOf(prover).LockedStake);
        Assert.Equal(new OfferRecord(id, prover, Plain, 20, StartTime + 60, 1, OfferStatus.Open, SlotLock), market.OfferRecord(id));
        Assert.Equal(MarketEvents.OfferSubmitted(id, prover, new SubmitOfferCall(Plain, 20, StartTime + 60), SlotLock), Assert.Single(market.Logs));
    }

    [Fact]
    public void SubmitOffer_StageClass_IsAccepted()
    {
        var id = market.Offer(market.Prover(1), 20, StageA);

        Assert.Equal(StageA, market.OfferRecord(id).ClassId);
    }

    [Theory]
    [InlineData(99u, 20UL, 0UL, "unknown class 99")]
    [InlineData(Disabled, 20UL, 0UL, "class 4 is disabled")]
    [InlineData(Plain, 0UL, 0UL, "askPerUnit 0 outside 1..2^96-1 wei")]
    [InlineData(Plain, 20UL, 999UL, "expiry 999 is before the block time 1000")]
    public void SubmitOffer_BreaksARule_RevertsWithTheReason(uint classId, ulong ask, ulong expiry, string reason)
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(market.Prover(1), ask, classId, expiry));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public void SubmitOffer_NotAProver_Reverts()
    {
        var stranger = market.Requester(1);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(stranger, 20));

        Assert.Equal($"{stranger} is not a registered prover", error.Message);
    }

    [Fact]
    public void SubmitOffer_JailedProver_Reverts()
    {
        var prover = market.Prover(1, status: ProverStatus.Jailed);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(prover, 20));

        Assert.Equal($"prover {prover} is Jailed, not Active", error.Message);
    }

    [Fact]
    public void SubmitOffer_FreeStakeBelowTheClassMinimum_Reverts()
    {
        var prover = market.Prover(1, stake: 1_050);
        market.Offer(prover, 20);

        var error = Assert.Throws<ExecutionRevertedException>(() => market.Offer(prover, 20));

        Assert.Equal($"prover {prover} has free stake 950 wei, class 1 needs 1000 wei", error.Message);
    }

    [Fact]
    public void CancelBid_Owner_RefundsInFull()
    {
        var alice = market.Requester(1);
        var id = market.Bid(alice, 70, units: 2);

        market.Module.Cancel(alice, new CancelOrderCall(OrderSide.Bid, id), market.Logs);

        Assert.Equal(StartBalance, market.Balance(alice));
        Assert.Equal(BidStatus.Cancelled, market.BidRecord(id).Status);
        Assert.Equal(Amount.Zero, market.BidRecord(id).Escrow);
        Assert.Empty(market.Ledger.OpenIds(OrderSide.Bid));
        Assert.Equal(default, market.Ledger.Counts(MarketRef.Class(Plain)));
        Assert.Equal(MarketEvents.BidRefunded(id, alice, new Amount(140), RefundReason.Cancelled), market.Logs[^1]);
    }

    [Fact]
    public void CancelOffer_Owner_Unlocks()
    {
        var prover = market.Prover(1);
        var id = market.Offer(prover, 20);

        market.Module.Cancel(prover, new CancelOrderCall(OrderSide.Offer, id), market.Logs);

        Assert.Equal(Amount.Zero, market.ProverOf(prover).LockedStake);
        Assert.Equal(OfferStatus.Cancelled, market.OfferRecord(id).Status);
        Assert.Equal(MarketEvents.OfferClosed(id, prover, OfferCloseReason.Cancelled), market.Logs[^1]);
    }

    [Fact]
    public void Cancel_UnknownOrders_Revert()
    {
        var alice = market.Requester(1);

        Assert.Equal("unknown bid 5", Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(alice, new CancelOrderCall(OrderSide.Bid, 5), market.Logs)).Message);
        Assert.Equal("unknown offer 5", Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(alice, new CancelOrderCall(OrderSide.Offer, 5), market.Logs)).Message);
    }

    [Fact]
    public void Cancel_SomeoneElsesOrders_Revert()
    {
        var alice = market.Requester(1);
        var mallory = market.Requester(2);
        var prover = market.Prover(1);
        var bid = market.Bid(alice, 70);
        var offer = market.Offer(prover, 20);

        var bidError = Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(mallory, new CancelOrderCall(OrderSide.Bid, bid), market.Logs));
        var offerError = Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(mallory, new CancelOrderCall(OrderSide.Offer, offer), market.Logs));

        Assert.Equal($"bid {bid} belongs to {alice}, not {mallory}", bidError.Message);
        Assert.Equal($"offer {offer} belongs to {prover}, not {mallory}", offerError.Message);
    }

    [Fact]
    public void Cancel_OrdersNoLongerOpen_Revert()
    {
        var alice = market.Requester(1);
        var prover = market.Prover(1);
        var bid = market.Bid(alice, 70);
        var offer = market.Offer(prover, 20);
        market.Module.Cancel(alice, new CancelOrderCall(OrderSide.Bid, bid), market.Logs);
        market.Module.Cancel(prover, new CancelOrderCall(OrderSide.Offer, offer), market.Logs);

        var bidError = Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(alice, new CancelOrderCall(OrderSide.Bid, bid), market.Logs));
        var offerError = Assert.Throws<ExecutionRevertedException>(() => market.Module.Cancel(prover, new CancelOrderCall(OrderSide.Offer, offer), market.Logs));

        Assert.Equal($"bid {bid} is Cancelled, not Open", bidError.Message);
        Assert.Equal($"offer {offer} is Cancelled, not Open", offerError.Message);
    }
}
