using System.Buffers.Binary;
using ProverNet.Auction;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>
/// The open bids and offers in memory, indexed the ways a round reads them, so that a round costs the orders taking
/// part in it, not every open order: by expiry (the orders leaving), by market and units (bids governance made
/// unclearable), by class and by prover (offers that lost eligibility), and as participant books by price (the one
/// order per account per market that takes part).
/// </summary>
/// <remarks>
/// A view of the state (<see cref="IStateView"/>): built from the open books in the state the first time a round asks
/// for it, then told of every write, undo and discard of bid, offer and prover records, so it describes exactly the
/// state as it reads — a reverted transaction, a failed block or a restart cannot leave it behind. The sorted sets are
/// walked in their own order; the dictionaries are only looked up, never enumerated.
/// </remarks>
public sealed partial class OpenBooks : IStateView
{
    private readonly WorldState state;
    private readonly Dictionary<ulong, Bid> bids = [];
    private readonly Dictionary<ulong, Offer> offers = [];
    private readonly SortedSet<(ulong Expiry, ulong Id)> bidExpiries = [];
    private readonly SortedSet<(ulong Expiry, ulong Id)> offerExpiries = [];
    private readonly SortedDictionary<(MarketKind Kind, uint Id), SortedSet<(uint Units, ulong Id)>> bidsByMarket = [];
    private readonly SortedDictionary<uint, SortedSet<ulong>> offersByClass = [];
    private readonly Dictionary<Address, SortedSet<ulong>> offersByProver = [];
    private readonly SortedSet<Address> ineligibleProvers = [];

    private OpenBooks(WorldState state, IReadOnlyList<PipelineTemplate> pipelines)
    {
        this.state = state;
        pipelineOfStage = Grouping(pipelines);
        var ledger = new MarketLedger(state);
        foreach (var id in ledger.OpenIds(OrderSide.Bid))
        {
            AddBid(ToBid(ledger.FindBid(id)!.Value));
        }

        foreach (var id in ledger.OpenIds(OrderSide.Offer))
        {
            AddOffer(ToOffer(ledger.FindOffer(id)!.Value));
        }
    }

    /// <summary>Open bids and offers.</summary>
    public int Count => bids.Count + offers.Count;

    /// <summary>
    /// The books of <paramref name="state"/>, built from it on first use, with pipeline stages grouped as
    /// <paramref name="pipelines"/> (the pipelines the round clears) say.
    /// </summary>
    public static OpenBooks Of(WorldState state, IReadOnlyList<PipelineTemplate> pipelines)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(pipelines);
        var books = state.View(opened => new OpenBooks(opened, pipelines));
        books.Group(pipelines);
        return books;
    }

    /// <summary>Whether a prover's offers may take part: it is active and its stake still covers its locks.</summary>
    public static bool IsEligible(ProverRecord? prover) => prover is { Status: ProverStatus.Active } record && record.Stake >= record.LockedStake;

    /// <inheritdoc/>
    public bool Watches(byte kind) => kind is MarketKeys.BidKind or MarketKeys.OfferKind or StateKeys.ProverKind;

    /// <inheritdoc/>
    public void Changed(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        switch (key[0])
        {
            case MarketKeys.BidKind:
                RemoveBid(BinaryPrimitives.ReadUInt64BigEndian(key.AsSpan(1)));
                if (value is not null && BidRecord.Decode(value) is { Status: BidStatus.Open } bid)
                {
                    AddBid(ToBid(bid));
                }

                break;
            case MarketKeys.OfferKind:
                RemoveOffer(BinaryPrimitives.ReadUInt64BigEndian(key.AsSpan(1)));
                if (value is not null && OfferRecord.Decode(value) is { Status: OfferStatus.Open } offer)
                {
                    AddOffer(ToOffer(offer));
                }

                break;
            default:
                UpdateEligibility(new Address(key.AsSpan(1)));
                break;
        }
    }

    private static Bid ToBid(BidRecord bid) => new(bid.Id, bid.Seq, bid.Market, bid.Units, bid.MaxPricePerUnit, bid.Expiry, bid.Requester);

    private static Offer ToOffer(OfferRecord offer) => new(offer.Id, offer.Seq, offer.ClassId, offer.AskPerUnit, offer.Expiry, offer.Prover);

    private void AddBid(Bid bid)
    {
        bids.Add(bid.Id, bid);
        bidExpiries.Add((bid.Expiry, bid.Id));
        SetOf(bidsByMarket, (bid.Market.Kind, bid.Market.Id)).Add((bid.Units, bid.Id));
        Enqueue(bid);
    }

    private void RemoveBid(ulong id)
    {
        if (!bids.TryGetValue(id, out var bid))
        {
            return;
        }

        Dequeue(bid);
        bids.Remove(id);
        bidExpiries.Remove((bid.Expiry, id));
        RemoveFrom(bidsByMarket, (bid.Market.Kind, bid.Market.Id), (bid.Units, id));
    }

    private void AddOffer(Offer offer)
    {
        offers.Add(offer.Id, offer);
        offerExpiries.Add((offer.Expiry, offer.Id));
        SetOf(offersByClass, offer.ClassId).Add(offer.Id);
        if (!offersByProver.TryGetValue(offer.Prover, out var ofProver))
        {
            offersByProver[offer.Prover] = ofProver = [];
        }

        ofProver.Add(offer.Id);
        UpdateEligibility(offer.Prover);
        Enqueue(offer);
    }

    private void RemoveOffer(ulong id)
    {
        if (!offers.TryGetValue(id, out var offer))
        {
            return;
        }

        Dequeue(offer);
        offers.Remove(id);
        offerExpiries.Remove((offer.Expiry, id));
        RemoveFrom(offersByClass, offer.ClassId, id);
        var ofProver = offersByProver[offer.Prover];
        ofProver.Remove(id);
        if (ofProver.Count == 0)
        {
            offersByProver.Remove(offer.Prover);
        }

        UpdateEligibility(offer.Prover);
    }

    // A prover is listed while it has open offers and is not eligible, so a round finds the offers to close without
    // looking at anyone else's.
    private void UpdateEligibility(Address prover)
    {
        if (offersByProver.ContainsKey(prover) && !IsEligible(state.GetProver(prover)))
        {
            ineligibleProvers.Add(prover);
        }
        else
        {
            ineligibleProvers.Remove(prover);
        }
    }

    private static SortedSet<T> SetOf<TKey, T>(SortedDictionary<TKey, SortedSet<T>> sets, TKey key)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = [];
        }

        return set;
    }

    private static void RemoveFrom<TKey, T>(SortedDictionary<TKey, SortedSet<T>> sets, TKey key, T item)
        where TKey : notnull
    {
        var set = sets[key];
        set.Remove(item);
        if (set.Count == 0)
        {
            sets.Remove(key);
        }
    }
}
