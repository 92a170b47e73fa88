using ProverNet.Auction;
using ProverNet.Chain.State;
using ProverNet.Core.Records;

namespace ProverNet.Chain.Market;

/// <summary>
/// The Market's records in the world state (keys in <see cref="MarketKeys"/>). Reads are public (views, tests, the
/// node's <c>pn_</c> methods); writes keep the records, the open books, the open counts and the deadline index in step,
/// so they are the module's alone.
/// </summary>
public sealed class MarketLedger
{
    private static readonly byte[] Present = [1];
    private readonly WorldState state;

    /// <summary>Reads and writes the Market's part of <paramref name="state"/>.</summary>
    public MarketLedger(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        this.state = state;
    }

    /// <summary>The id and seq counters.</summary>
    public MarketCounters Counters => state.Get(MarketKeys.Counters()) is { } bytes ? MarketCounters.Decode(bytes) : MarketCounters.Initial;

    /// <summary>Bid <paramref name="id"/>, or null.</summary>
    public BidRecord? FindBid(ulong id) => state.Get(MarketKeys.Bid(id)) is { } bytes ? BidRecord.Decode(bytes) : null;

    /// <summary>Offer <paramref name="id"/>, or null.</summary>
    public OfferRecord? FindOffer(ulong id) => state.Get(MarketKeys.Offer(id)) is { } bytes ? OfferRecord.Decode(bytes) : null;

    /// <summary>Job <paramref name="id"/>, or null.</summary>
    public JobRecord? FindJob(ulong id) => state.Get(MarketKeys.Job(id)) is { } bytes ? JobRecord.Decode(bytes) : null;

    /// <summary>The reference price of <paramref name="marketClass"/>: the last round's, or the class's initial one.</summary>
    public UInt128 ReferencePrice(MarketClass marketClass)
    {
        ArgumentNullException.ThrowIfNull(marketClass);
        return state.Get(MarketKeys.ReferencePrice(marketClass.Id)) is { } bytes
            ? ReadPrice(bytes)
            : marketClass.InitialReferencePrice;
    }

    /// <summary>Open-order counts of <paramref name="market"/>.</summary>
    public OpenCounts Counts(MarketRef market) =>
        state.Get(MarketKeys.OpenCounts(market)) is { } bytes ? OpenCounts.Decode(bytes) : default;

    /// <summary>Ids in <paramref name="side"/>'s open book, ascending (so in submission order).</summary>
    public IReadOnlyList<ulong> OpenIds(OrderSide side) =>
        [.. state.Scan(MarketKeys.OpenBook(side)).Select(entry => MarketKeys.ReadOpenId(entry.Key))];

    /// <summary>Ids of the assigned jobs whose deadline is before <paramref name="time"/>, by deadline then id.</summary>
    public IReadOnlyList<ulong> JobsDueBefore(ulong time) =>
        [.. state.Scan(MarketKeys.JobDeadlines())
            .Select(entry => MarketKeys.ReadJobDeadline(entry.Key))
            .TakeWhile(due => due.Deadline < time)
            .Select(due => due.JobId)];

    /// <summary>Ids of every job still assigned, ascending.</summary>
    public IReadOnlyList<ulong> AssignedJobIds() =>
        [.. state.Scan(MarketKeys.JobDeadlines()).Select(entry => MarketKeys.ReadJobDeadline(entry.Key).JobId).Order()];

    internal MarketCounters TakeCounters(ulong bids, ulong offers, ulong jobs, ulong seqs)
    {
        var counters = Counters;
        var next = new MarketCounters(
            checked(counters.NextBidId + bids),
            checked(counters.NextOfferId + offers),
            checked(counters.NextJobId + jobs),
            checked(counters.NextSeq + seqs));
        state.Set(MarketKeys.Counters(), next.Encode());
        return counters;
    }

    internal void SetReferencePrice(uint classId, UInt128 price) =>
        state.Set(MarketKeys.ReferencePrice(classId), new FieldWriter().U128(price).ToArray());

    internal void OpenBid(BidRecord bid)
    {
        state.Set(MarketKeys.Bid(bid.Id), bid.Encode());
        state.Set(MarketKeys.Open(OrderSide.Bid, bid.Id), Present);
        AdjustCounts(bid.Market, bidDelta: 1, offerDelta: 0);
    }

    internal void CloseBid(BidRecord bid)
    {
        state.Set(MarketKeys.Bid(bid.Id), bid.Encode());
        state.Set(MarketKeys.Open(OrderSide.Bid, bid.Id), null);
        AdjustCounts(bid.Market, bidDelta: -1, offerDelta: 0);
    }

    internal void OpenOffer(OfferRecord offer)
    {
        state.Set(MarketKeys.Offer(offer.Id), offer.Encode());
        state.Set(MarketKeys.Open(OrderSide.Offer, offer.Id), Present);
        AdjustCounts(MarketRef.Class(offer.ClassId), bidDelta: 0, offerDelta: 1);
    }

    internal void CloseOffer(OfferRecord offer)
    {
        state.Set(MarketKeys.Offer(offer.Id), offer.Encode());
        state.Set(MarketKeys.Open(OrderSide.Offer, offer.Id), null);
        AdjustCounts(MarketRef.Class(offer.ClassId), bidDelta: 0, offerDelta: -1);
    }

    internal void AssignJob(JobRecord job)
    {
        state.Set(MarketKeys.Job(job.Id), job.Encode());
        state.Set(MarketKeys.JobDeadline(job.Deadline, job.Id), Present);
    }

    internal void SettleJob(JobRecord job)
    {
        state.Set(MarketKeys.Job(job.Id), job.Encode());
        state.Set(MarketKeys.JobDeadline(job.Deadline, job.Id), null);
    }

    private void AdjustCounts(MarketRef market, int bidDelta, int offerDelta)
    {
        var counts = Counts(market);
        var next = new OpenCounts(checked((ulong)((long)counts.Bids + bidDelta)), checked((ulong)((long)counts.Offers + offerDelta)));
        state.Set(MarketKeys.OpenCounts(market), next == default ? null : next.Encode());
    }

    private static UInt128 ReadPrice(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "reference price");
        var price = reader.U128();
        reader.End();
        return price;
    }
}
