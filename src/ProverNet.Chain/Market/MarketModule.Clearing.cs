using System.Collections.Immutable;
using ProverNet.Auction;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

public sealed partial class MarketModule
{
    /// <summary>
    /// Runs a TODA round when the block number is a multiple of <c>auction.intervalBlocks</c>: refunds bids that can no
    /// longer clear, drops offers of ineligible provers, refunds expired bids, unlocks expired offers, clears the orders
    /// taking part, turns matches into jobs, credits the clearing surplus to the treasury and stores the next reference
    /// prices. It reads the open books kept in memory (<see cref="OpenBooks"/>), so it costs the orders it finds and
    /// those taking part, not every open order.
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

        var books = BooksOf(state, catalog, out var pipelines);
        var logsBefore = logs.Count;
        DropUnclearable(books, logs);
        if (books.Count == 0 && logs.Count == logsBefore)
        {
            return null;
        }

        // Expired orders leave before the round reads the books, so each account's next order takes its place; the
        // engine only needs them listed (RoundOutcome.Expired), in the (seq, id) order they are refunded in.
        var (leavingBids, leavingOffers) = books.Leaving(environment.BlockTime);
        foreach (var bid in leavingBids)
        {
            RefundBid(ledger.FindBid(bid.Id)!.Value, BidStatus.Expired, RefundReason.Expired, logs);
        }

        foreach (var offer in leavingOffers)
        {
            ReleaseOffer(ledger.FindOffer(offer.Id)!.Value, OfferStatus.Expired, OfferCloseReason.Expired, logs);
        }

        var leaving = new RoundInput(
            environment.BlockTime,
            environment.Parameters.Auction.Clearing,
            [.. catalog.Classes.Select(marketClass => AuctionClass.From(marketClass, ledger.ReferencePrice(marketClass)))],
            pipelines,
            leavingBids,
            leavingOffers);
        var outcome = TodaAuction.ClearParticipants(leaving, books);
        ApplyMatches(outcome, logs);
        foreach (var price in outcome.ReferencePrices)
        {
            ledger.SetReferencePrice(price.ClassId, price.Price);
        }

        return outcome;
    }

    /// <summary>
    /// The open books of <paramref name="state"/> (built from it on first use), grouped by the pipelines a round under
    /// <paramref name="catalog"/> clears: those whose every stage class exists.
    /// </summary>
    internal static OpenBooks BooksOf(WorldState state, MarketCatalog catalog, out ImmutableArray<PipelineTemplate> pipelines)
    {
        pipelines = [.. catalog.Pipelines.Where(pipeline => catalog.StagesOf(MarketRef.Pipeline(pipeline.Id)) is not null)];
        return OpenBooks.Of(state, pipelines);
    }

    /// <summary>
    /// Bids whose market governance has since removed, or whose size left the tier, can never clear: they are refunded
    /// as expired instead of halting the round, in id order. Offers close as ineligible, unlocked, in id order, when
    /// their class is gone, the prover is not active or its stake no longer covers everything it has locked (L1 may
    /// have lowered it) — re-reading the prover each time, so a prover whose stake fell keeps its newest offers.
    /// </summary>
    private void DropUnclearable(OpenBooks books, ICollection<LogEntry> logs)
    {
        foreach (var id in books.UnclearableBids(catalog))
        {
            RefundBid(ledger.FindBid(id)!.Value, BidStatus.Expired, RefundReason.Expired, logs);
        }

        foreach (var id in books.OffersToRecheck(catalog))
        {
            var offer = ledger.FindOffer(id)!.Value;
            if (catalog.FindClass(offer.ClassId) is null || !OpenBooks.IsEligible(state.GetProver(offer.Prover)))
            {
                ReleaseOffer(offer, OfferStatus.Ineligible, OfferCloseReason.Ineligible, logs);
            }
        }
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
}
