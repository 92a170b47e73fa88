using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Core;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

public class MarketModuleClearingTests
{
    private static readonly ulong[] WorkedBids = [100, 90, 80, 70, 60, 50, 40, 30];

    [Fact]
    public void Clear_ThickUniformPrice_FourTradesAt62ToTheWei()
    {
        var market = new MarketFixture();
        var (requesters, provers) = PlaceBook(market, WorkedBids, [20, 30, 45, 55, 65, 75, 85, 95]);

        var outcome = market.Clear();

        Assert.Equal(4, outcome.Matches.Length);
        for (var i = 0; i < 8; i++)
        {
            var paid = i < 4 ? 62UL : WorkedBids[i];
            Assert.Equal(StartBalance - new Amount(paid), market.Balance(requesters[i]));
            Assert.Equal(i < 4 ? BidStatus.Matched : BidStatus.Open, market.BidRecord((ulong)i + 1).Status);
            Assert.Equal(i < 4 ? OfferStatus.Matched : OfferStatus.Open, market.OfferRecord((ulong)i + 1).Status);
        }

        for (ulong job = 1; job <= 4; job++)
        {
            Assert.Equal(new JobRecord(job, job, job, requesters[job - 1], provers[job - 1], Plain, 0, 1, 1, 62, 62, StartTime + 120, JobStatus.Assigned, Vk, Inputs, new Amount(62), SlotLock), market.Job(job));
            Assert.Contains(MarketEvents.BidMatched(job, job, job, 62, 62), market.Logs);
            Assert.Contains(MarketEvents.JobAssigned(job, provers[job - 1], job, new JobTerms(Plain, 0, 1, StartTime + 120, Vk, Inputs, new Amount(62))), market.Logs);
        }

        Assert.Equal(SlotLock, market.ProverOf(provers[0]).LockedStake);
        Assert.Equal(Amount.Zero, market.Balance(Treasury));
        Assert.Equal((UInt128)62, Read(market.Module.Call(Calldata.ReferencePrice(Plain))));
        Assert.Equal(new OpenCounts(4, 4), market.Ledger.Counts(MarketRef.Class(Plain)));
    }

    [Fact]
    public void Clear_ThickTradeReduction_ThreeTradesSurplusToTreasury()
    {
        var market = new MarketFixture();
        var (requesters, provers) = PlaceBook(market, WorkedBids, [20, 30, 45, 69, 90, 91, 92, 93]);

        var outcome = market.Clear();

        Assert.Equal(3, outcome.Matches.Length);
        Assert.Equal(StartBalance - new Amount(70), market.Balance(requesters[0]));
        Assert.Contains(MarketEvents.BidRefunded(1, requesters[0], new Amount(30), RefundReason.PriceImprovement), market.Logs);
        Assert.Equal(StartBalance - new Amount(70), market.Balance(requesters[3]));
        Assert.Equal(BidStatus.Open, market.BidRecord(4).Status);
        Assert.Equal(new Amount(69), market.Job(3).ProverPay);
        Assert.Equal(OfferStatus.Open, market.OfferRecord(4).Status);
        Assert.Equal(new Amount(3), market.Balance(Treasury));
        Assert.Contains(MarketEvents.BidMatched(2, 2, 2, 70, 69), market.Logs);
        Assert.Equal((UInt128)69, Read(market.Module.Call(Calldata.ReferencePrice(Plain))));
        Assert.Equal(SlotLock, market.ProverOf(provers[3]).LockedStake);
    }

    [Fact]
    public void Clear_PositionPrices_BiggestJobToCheapestProverPaidVcg()
    {
        var market = new MarketFixture();
        var requesters = Enumerable.Range(1, 8).Select(market.Requester).ToArray();
        ulong[] prices = [40, 40, 40, 10, 9, 8, 7, 6];
        uint[] units = [10, 30, 20, 1, 1, 1, 1, 1];
        for (var i = 0; i < 8; i++)
        {
            market.Bid(requesters[i], prices[i], units[i]);
        }

        ulong[] asks = [9, 5, 8, 14, 15, 16, 17, 18];
        var provers = Enumerable.Range(1, 8).Select(n => market.Prover(n)).ToArray();
        for (var i = 0; i < 8; i++)
        {
            market.Offer(provers[i], asks[i]);
        }

        market.Clear();

        // Bid 2 (30 units) → offer 2 (ask 5) paid 290; bid 3 (20) → offer 3 (ask 8) 210; bid 1 (10) → offer 1 (ask 9) 120.
        Assert.Equal((2UL, 2UL, new Amount(290)), Terms(market.Job(1)));
        Assert.Equal((3UL, 3UL, new Amount(210)), Terms(market.Job(2)));
        Assert.Equal((1UL, 1UL, new Amount(120)), Terms(market.Job(3)));
        Assert.Equal(StartBalance - new Amount(12 * 30), market.Balance(requesters[1]));
        Assert.Equal(StartBalance - new Amount(12 * 10), market.Balance(requesters[0]));
        Assert.Equal(new Amount(100), market.Balance(Treasury));
    }

    [Fact]
    public void Clear_ThinAtTheReferencePrice_TradesAtR()
    {
        var market = new MarketFixture(plainReferencePrice: 12);
        var alice = market.Requester(1);
        market.Bid(alice, 18, units: 2);
        market.Offer(market.Prover(1), 8);

        market.Clear();

        Assert.Equal(StartBalance - new Amount(24), market.Balance(alice));
        Assert.Equal(new Amount(24), market.Job(1).ProverPay);
        Assert.Equal((UInt128)12, Read(market.Module.Call(Calldata.ReferencePrice(Plain))));
    }

    [Fact]
    public void Clear_ThinBidUnwilling_NoTradeAndReferencePriceStepsDown()
    {
        var market = new MarketFixture(plainReferencePrice: 20);
        market.Bid(market.Requester(1), 18);
        market.Offer(market.Prover(1), 8);

        var outcome = market.Clear();

        Assert.Empty(outcome.Matches);
        Assert.Equal((UInt128)18, Read(market.Module.Call(Calldata.ReferencePrice(Plain))));
    }

    [Fact]
    public void Clear_ExpiredOrders_RefundedAndUnlocked()
    {
        var market = new MarketFixture();
        var alice = market.Requester(1);
        var prover = market.Prover(1);
        var bid = market.Bid(alice, 70, units: 2, expiry: StartTime);
        var offer = market.Offer(prover, 90, expiry: StartTime);
        market.BlockTime = StartTime + 1;
        market.Logs.Clear();

        var outcome = market.Clear();

        Assert.Equal(bid, Assert.Single(outcome.Expired.Bids));
        Assert.Equal(StartBalance, market.Balance(alice));
        Assert.Equal(Amount.Zero, market.ProverOf(prover).LockedStake);
        Assert.Equal(BidStatus.Expired, market.BidRecord(bid).Status);
        Assert.Equal(OfferStatus.Expired, market.OfferRecord(offer).Status);
        Assert.Equal(
            [MarketEvents.BidRefunded(bid, alice, new Amount(140), RefundReason.Expired), MarketEvents.OfferClosed(offer, prover, OfferCloseReason.Expired)],
            market.Logs);
    }

    [Theory]
    [InlineData(ProverStatus.Jailed, 10_000UL)]
    [InlineData(ProverStatus.Inactive, 10_000UL)]
    [InlineData(ProverStatus.Active, 50UL)]
    public void Clear_IneligibleProver_OfferClosedAndUnlockedBeforeTheRound(ProverStatus status, ulong stake)
    {
        var market = new MarketFixture(plainReferencePrice: 12);
        market.Bid(market.Requester(1), 18);
        var prover = market.Prover(1);
        var offer = market.Offer(prover, 8);
        market.State.SetProver(prover, market.ProverOf(prover) with { Status = status, Stake = new Amount(stake) });
        market.Logs.Clear();

        var outcome = market.Clear();

        Assert.Empty(outcome.Matches);
        Assert.Equal(OfferStatus.Ineligible, market.OfferRecord(offer).Status);
        Assert.Equal(Amount.Zero, market.ProverOf(prover).LockedStake);
        Assert.Equal(MarketEvents.OfferClosed(offer, prover, OfferCloseReason.Ineligible), market.Logs[0]);
    }

    [Fact]
    public void Clear_ProverStakeCoversOnlySomeOffers_OldestDroppedUntilCovered()
    {
        var market = new MarketFixture(plainReferencePrice: 12);
        var prover = market.Prover(1);
        var first = market.Offer(prover, 8);
        var second = market.Offer(prover, 8);
        market.State.SetProver(prover, market.ProverOf(prover) with { Stake = new Amount(150) });

        market.Clear();

        Assert.Equal(OfferStatus.Ineligible, market.OfferRecord(first).Status);
        Assert.Equal(OfferStatus.Open, market.OfferRecord(second).Status);
        Assert.Equal(SlotLock, market.ProverOf(prover).LockedStake);
    }

    [Fact]
    public void Clear_MarketRemovedByGovernance_BidRefundedAndOfferIneligible()
    {
        var market = new MarketFixture();
        var alice = market.Requester(1);
        var bid = market.Bid(alice, 70);
        var offer = market.Offer(market.Prover(1), 20);
        market.Parameters = market.Parameters with { Classes = [.. market.Parameters.Classes.Where(c => c.Id != Plain)] };

        market.Clear();

        Assert.Equal(StartBalance, market.Balance(alice));
        Assert.Equal(BidStatus.Expired, market.BidRecord(bid).Status);
        Assert.Equal(OfferStatus.Ineligible, market.OfferRecord(offer).Status);
    }

    [Fact]
    public void Clear_UnitsOutsideANarrowedTier_BidRefunded()
    {
        var market = new MarketFixture();
        var bid = market.Bid(market.Requester(1), 70, units: 500);
        market.Parameters = market.Parameters with { Classes = [Class(Plain, 60, 50, maxUnits: 100), .. market.Parameters.Classes.Skip(1)] };

        market.Clear();

        Assert.Equal(BidStatus.Expired, market.BidRecord(bid).Status);
    }

    [Fact]
    public void Clear_PipelineStageRemovedByGovernance_CompositeBidRefundedAndRoundRuns()
    {
        var market = new MarketFixture();
        var alice = market.Requester(1);
        var bid = market.CompositeBid(alice, 120);
        market.Parameters = market.Parameters with { Classes = [.. market.Parameters.Classes.Where(c => c.Id != StageB)] };

        market.Clear();

        Assert.Equal(StartBalance, market.Balance(alice));
        Assert.Equal(BidStatus.Expired, market.BidRecord(bid).Status);
    }

    [Theory]
    [InlineData(3UL, false)]
    [InlineData(4UL, true)]
    public void Clear_EveryIntervalBlocks_RunsOnlyOnMultiples(ulong blockNumber, bool runs)
    {
        var market = new MarketFixture(intervalBlocks: 2) { BlockNumber = blockNumber };
        market.Bid(market.Requester(1), 100);

        Assert.Equal(runs, market.Module.Clear(market.Logs) is not null);
    }

    [Fact]
    public void Clear_NoOpenOrders_RunsNoRound()
    {
        var market = new MarketFixture();

        Assert.Null(market.Module.Clear(market.Logs));
        Assert.Empty(market.Logs);
    }

    [Fact]
    public void Clear_CompositeBid_OneJobPerStageWithStageThresholds()
    {
        var market = new MarketFixture();
        var alice = market.Requester(1);
        var bid = market.CompositeBid(alice, 120, units: 2);
        var chunker = market.Prover(1);
        var wrapper = market.Prover(2);
        market.Offer(wrapper, 45, StageB);
        market.Offer(chunker, 40, StageA);

        market.Clear();

        var first = market.Job(1);
        var second = market.Job(2);
        Assert.Equal((bid, 2UL, chunker, StageA, 0u, 2u, Hash256.Zero, new Amount(100)), (first.BidId, first.OfferId, first.Prover, first.ClassId, first.Stage, first.StageCount, first.VkHash, first.ProverPay));
        Assert.Equal((bid, 1UL, wrapper, StageB, 1u, 2u, Vk, new Amount(100)), (second.BidId, second.OfferId, second.Prover, second.ClassId, second.Stage, second.StageCount, second.VkHash, second.ProverPay));
        Assert.Equal(StartBalance - new Amount(200), market.Balance(alice));
        Assert.Contains(MarketEvents.BidMatched(bid, 1, 2, 100, 50), market.Logs);
    }

    private static (Address[] Requesters, Address[] Provers) PlaceBook(MarketFixture market, ulong[] bids, ulong[] asks)
    {
        var requesters = new Address[bids.Length];
        for (var i = 0; i < bids.Length; i++)
        {
            requesters[i] = market.Requester(i + 1);
            market.Bid(requesters[i], bids[i]);
        }

        var provers = new Address[asks.Length];
        for (var i = 0; i < asks.Length; i++)
        {
            provers[i] = market.Prover(i + 1);
            market.Offer(provers[i], asks[i]);
        }

        return (requesters, provers);
    }

    private static (ulong BidId, ulong OfferId, Amount Pay) Terms(JobRecord job) => (job.BidId, job.OfferId, job.ProverPay);

    private static UInt128 Read(byte[] word) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(word.AsSpan(16));
}
