using System.Collections.Immutable;
using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Market.Support;

/// <summary>
/// The round as the Market ran it before the open books were kept in memory, kept verbatim as the reference: it reads
/// every open bid and offer from the state (<see cref="MarketLedger.OpenIds"/>), checks each for eligibility and clears
/// them all with <see cref="TodaAuction.Clear"/>. <see cref="MarketModule.Clear"/> must give the same outcome, logs and
/// state, byte for byte.
/// </summary>
internal sealed class FullScanClearing(WorldState state, MarketEnvironment environment)
{
    private readonly MarketCatalog catalog = new(environment.Parameters);
    private readonly MarketLedger ledger = new(state);
    private readonly StakeLocks locks = new(state);

    /// <summary>
    /// Runs a TODA round when the block number is a multiple of <c>auction.intervalBlocks</c>: drops offers of
    /// ineligible provers, clears the open books, refunds expired bids, unlocks expired offers, turns matches into jobs,
    /// credits the clearing surplus to the treasury and stores the next reference prices.
    /// </summary>
    /// <remarks>A pipeline one of whose stage classes governance removed is left out of the round; its bids are refunded.</remarks>
    /// <returns>
    /// The round's outcome (the header commits to its hash), or null when no round is due, or no order is open and none
    /// was dropped — an empty round changes nothing (reference prices move only with orders), so empty blocks skip it.
    /// </returns>
    public RoundOutcome? Clear(ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var interval = environment.Parameters.Auction.IntervalBlocks;
        if (interval > 1 && environment.BlockNumber % interval != 0)
        {
            return null;
        }

        var logsBefore = logs.Count;
        var bids = AdmitBids(logs);
        var offers = AdmitOffers(logs);
        if (bids.IsEmpty && offers.IsEmpty && logs.Count == logsBefore)
        {
            return null;
        }

        var input = new RoundInput(
            environment.BlockTime,
            environment.Parameters.Auction.Clearing,
            [.. catalog.Classes.Select(marketClass => AuctionClass.From(marketClass, ledger.ReferencePrice(marketClass)))],
            [.. catalog.Pipelines.Where(pipeline => catalog.StagesOf(MarketRef.Pipeline(pipeline.Id)) is not null)],
            bids,
            offers);
        var outcome = TodaAuction.Clear(input);
        foreach (var bidId in outcome.Expired.Bids)
        {
            RefundBid(ledger.FindBid(bidId)!.Value, BidStatus.Expired, RefundReason.Expired, logs);
        }

        foreach (var offerId in outcome.Expired.Offers)
        {
            ReleaseOffer(ledger.FindOffer(offerId)!.Value, OfferStatus.Expired, OfferCloseReason.Expired, logs);
        }

        ApplyMatches(outcome, logs);
        foreach (var price in outcome.ReferencePrices)
        {
            ledger.SetReferencePrice(price.ClassId, price.Price);
        }

        return outcome;
    }

    /// <summary>
    /// The open bids, in id order. A bid whose market governance has since removed, or whose size left the tier, can
    /// never clear: it is refunded as expired instead of halting the round.
    /// </summary>
    private ImmutableArray<Bid> AdmitBids(ICollection<LogEntry> logs)
    {
        var bids = ImmutableArray.CreateBuilder<Bid>();
        foreach (var id in ledger.OpenIds(OrderSide.Bid))
        {
            var bid = ledger.FindBid(id)!.Value;
            var stages = catalog.StagesOf(bid.Market);
            if (stages is null || bid.Units < stages.Max(stage => stage.MinUnits) || bid.Units > stages.Min(stage => stage.MaxUnits))
            {
                RefundBid(bid, BidStatus.Expired, RefundReason.Expired, logs);
                continue;
            }

            bids.Add(new Bid(bid.Id, bid.Seq, bid.Market, bid.Units, bid.MaxPricePerUnit, bid.Expiry, bid.Requester));
        }

        return bids.ToImmutable();
    }

    /// <summary>
    /// The open offers of eligible provers, in id order. Eligible: the class still exists, the prover is active and its
    /// stake still covers everything it has locked (L1 may have lowered it). Others close as ineligible, unlocked, oldest
    /// first, so a prover whose stake fell keeps its newest offers.
    /// </summary>
    private ImmutableArray<Offer> AdmitOffers(ICollection<LogEntry> logs)
    {
        var offers = ImmutableArray.CreateBuilder<Offer>();
        foreach (var id in ledger.OpenIds(OrderSide.Offer))
        {
            var offer = ledger.FindOffer(id)!.Value;
            if (catalog.FindClass(offer.ClassId) is null || state.GetProver(offer.Prover) is not { Status: ProverStatus.Active } prover
                || prover.Stake < prover.LockedStake)
            {
                ReleaseOffer(offer, OfferStatus.Ineligible, OfferCloseReason.Ineligible, logs);
                continue;
            }

            offers.Add(new Offer(offer.Id, offer.Seq, offer.ClassId, offer.AskPerUnit, offer.Expiry, offer.Prover));
        }

        return offers.ToImmutable();
    }

    /// <summary>
    /// Every match becomes one job per stage. Escrow is conserved match by match: the bid held <c>b × w</c>; the refund
    /// goes back, the provers' pay stays in the jobs, the rest is the match's share of the round's surplus; the shares
    /// must add up to <see cref="RoundOutcome.Treasury"/>, or the engine and the chain disagree and the block must stop.
    /// </summary>
    private void ApplyMatches(RoundOutcome outcome, ICollection<LogEntry> logs)
    {
        var thresholds = outcome.Markets.ToDictionary(summary => summary.Market, summary => summary.Stages);
        var nextJobId = ledger.TakeCounters(0, 0, jobs: (ulong)outcome.Matches.Sum(match => match.Provers.Length), seqs: 0).NextJobId;
        UInt128 surplus = 0;
        foreach (var match in outcome.Matches)
        {
            var bid = ledger.FindBid(match.BidId)!.Value;
            var kept = match.BuyerPricePerUnit * match.Units;
            var pay = match.Provers.Aggregate(UInt128.Zero, (sum, prover) => sum + prover.Pay);
            if (bid.Escrow.Wei != kept + match.Refund || pay > kept)
            {
                throw new InvalidOperationException($"bid {bid.Id}: escrow {bid.Escrow} does not cover refund {match.Refund}, kept {kept} and pay {pay}");
            }

            surplus += kept - pay;
            ledger.CloseBid(bid with { Status = BidStatus.Matched, Escrow = Amount.Zero });
            if (match.Refund > 0)
            {
                state.Credit(bid.Requester, new Amount(match.Refund));
                logs.Add(MarketEvents.BidRefunded(bid.Id, bid.Requester, new Amount(match.Refund), RefundReason.PriceImprovement));
            }

            var stages = thresholds[bid.Market];
            for (var stage = 0; stage < match.Provers.Length; stage++)
            {
                AssignJob(nextJobId++, bid, match, stage, stages[stage].SellerThreshold, logs);
            }
        }

        if (surplus != outcome.Treasury)
        {
            throw new InvalidOperationException($"matches leave {surplus} wei of surplus, the round reports {outcome.Treasury}");
        }

        state.Credit(environment.Treasury, new Amount(outcome.Treasury));
    }

    private void AssignJob(ulong jobId, BidRecord bid, Match match, int stage, UInt128 sellerThreshold, ICollection<LogEntry> logs)
    {
        var assignment = match.Provers[stage];
        var offer = ledger.FindOffer(assignment.OfferId)!.Value;
        ledger.CloseOffer(offer with { Status = OfferStatus.Matched });
        var lastStage = stage == match.Provers.Length - 1;
        var job = new JobRecord(
            jobId, bid.Id, offer.Id, bid.Requester, offer.Prover, offer.ClassId, (uint)stage, (uint)match.Provers.Length, bid.Units,
            match.BuyerPricePerUnit, sellerThreshold, bid.Deadline, JobStatus.Assigned,
            lastStage ? bid.VkHash : Hash256.Zero, lastStage ? bid.PublicInputsHash : Hash256.Zero,
            new Amount(assignment.Pay), offer.LockedStake);
        ledger.AssignJob(job);
        logs.Add(MarketEvents.OfferClosed(offer.Id, offer.Prover, OfferCloseReason.Matched));
        logs.Add(MarketEvents.BidMatched(bid.Id, offer.Id, job.Id, match.BuyerPricePerUnit, sellerThreshold));
        logs.Add(MarketEvents.JobAssigned(job.Id, job.Prover, bid.Id, new JobTerms(
            job.ClassId, job.Stage, job.Units, job.Deadline, job.VkHash, job.PublicInputsHash, job.ProverPay)));
    }

    private void RefundBid(BidRecord bid, BidStatus status, RefundReason reason, ICollection<LogEntry> logs)
    {
        state.Credit(bid.Requester, bid.Escrow);
        ledger.CloseBid(bid with { Status = status, Escrow = Amount.Zero });
        logs.Add(MarketEvents.BidRefunded(bid.Id, bid.Requester, bid.Escrow, reason));
    }

    private void ReleaseOffer(OfferRecord offer, OfferStatus status, OfferCloseReason reason, ICollection<LogEntry> logs)
    {
        locks.Release(offer.Prover, offer.LockedStake);
        ledger.CloseOffer(offer with { Status = status });
        logs.Add(MarketEvents.OfferClosed(offer.Id, offer.Prover, reason));
    }
}
