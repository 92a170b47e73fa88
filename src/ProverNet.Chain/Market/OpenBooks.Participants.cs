using ProverNet.Auction;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>
/// The participant books (docs/clearing-rule.md §3.2): in each market an account takes part with its open order of lowest
/// (seq, bids before offers, id); the others wait in the account's queue and the next one takes its place when it leaves.
/// </summary>
public sealed partial class OpenBooks : IParticipantBooks
{
    private static readonly Comparer<Bid> BidPriceOrder = Comparer<Bid>.Create(static (x, y) =>
        (y.MaxPricePerUnit, x.Seq, x.Id).CompareTo((x.MaxPricePerUnit, y.Seq, y.Id)));

    private static readonly Comparer<Offer> OfferPriceOrder = Comparer<Offer>.Create(static (x, y) =>
        (x.AskPerUnit, x.Seq, x.Id).CompareTo((y.AskPerUnit, y.Seq, y.Id)));

    private readonly Dictionary<((MarketKind Kind, uint Id) Market, Address Account), SortedSet<(ulong Seq, int Side, ulong Id)>> queues = [];
    private readonly SortedDictionary<(MarketKind Kind, uint Id), SortedSet<Bid>> bidBooks = [];
    private readonly SortedDictionary<uint, SortedSet<Offer>> offerBooks = [];

    // Stage class -> pipeline, for the pipelines the round clears: a stage's offers belong to the pipeline's market.
    private SortedDictionary<uint, uint> pipelineOfStage;

    /// <inheritdoc/>
    public int BidCount(MarketRef market) => bidBooks.TryGetValue((market.Kind, market.Id), out var book) ? book.Count : 0;

    /// <inheritdoc/>
    public int OfferCount(uint classId) => offerBooks.TryGetValue(classId, out var book) ? book.Count : 0;

    /// <inheritdoc/>
    public IEnumerable<Bid> BidsByPrice(MarketRef market) => bidBooks.TryGetValue((market.Kind, market.Id), out var book) ? book : [];

    /// <inheritdoc/>
    public IEnumerable<Offer> OffersByPrice(uint classId) => offerBooks.TryGetValue(classId, out var book) ? book : [];

    private static SortedDictionary<uint, uint> Grouping(IReadOnlyList<PipelineTemplate> pipelines)
    {
        var grouping = new SortedDictionary<uint, uint>();
        foreach (var pipeline in pipelines)
        {
            foreach (var stage in pipeline.Stages)
            {
                grouping[stage] = pipeline.Id;
            }
        }

        return grouping;
    }

    /// <summary>Regroups every queue when governance changed which classes are stages of which pipeline (rare).</summary>
    private void Group(IReadOnlyList<PipelineTemplate> pipelines)
    {
        var grouping = Grouping(pipelines);
        if (grouping.SequenceEqual(pipelineOfStage))
        {
            return;
        }

        pipelineOfStage = grouping;
        queues.Clear();
        bidBooks.Clear();
        offerBooks.Clear();
        foreach (var ofMarket in bidsByMarket.Values)
        {
            foreach (var (_, id) in ofMarket)
            {
                Enqueue(bids[id]);
            }
        }

        foreach (var ofClass in offersByClass.Values)
        {
            foreach (var id in ofClass)
            {
                Enqueue(offers[id]);
            }
        }
    }

    private (MarketKind Kind, uint Id) MarketOf(in Offer offer) =>
        pipelineOfStage.TryGetValue(offer.ClassId, out var pipeline) ? (MarketKind.Pipeline, pipeline) : (MarketKind.Class, offer.ClassId);

    private void Enqueue(in Bid bid) => Enqueue(((bid.Market.Kind, bid.Market.Id), bid.Requester), (bid.Seq, 0, bid.Id));

    private void Enqueue(in Offer offer) => Enqueue((MarketOf(offer), offer.Prover), (offer.Seq, 1, offer.Id));

    private void Dequeue(in Bid bid) => Dequeue(((bid.Market.Kind, bid.Market.Id), bid.Requester), (bid.Seq, 0, bid.Id));

    private void Dequeue(in Offer offer) => Dequeue((MarketOf(offer), offer.Prover), (offer.Seq, 1, offer.Id));

    private void Enqueue(((MarketKind, uint), Address) key, (ulong Seq, int Side, ulong Id) rank)
    {
        if (!queues.TryGetValue(key, out var queue))
        {
            queues[key] = queue = [];
        }

        var hadHead = queue.Count > 0;
        var head = queue.Min;
        queue.Add(rank);
        if (!hadHead || rank.CompareTo(head) < 0)
        {
            if (hadHead)
            {
                Unseat(head);
            }

            Seat(rank);
        }
    }

    private void Dequeue(((MarketKind, uint), Address) key, (ulong Seq, int Side, ulong Id) rank)
    {
        var queue = queues[key];
        var wasHead = queue.Min == rank;
        queue.Remove(rank);
        if (wasHead)
        {
            Unseat(rank);
            if (queue.Count > 0)
            {
                Seat(queue.Min);
            }
        }

        if (queue.Count == 0)
        {
            queues.Remove(key);
        }
    }

    private void Seat((ulong Seq, int Side, ulong Id) rank)
    {
        if (rank.Side == 0)
        {
            var bid = bids[rank.Id];
            SetOf(bidBooks, (bid.Market.Kind, bid.Market.Id), BidPriceOrder).Add(bid);
        }
        else
        {
            var offer = offers[rank.Id];
            SetOf(offerBooks, offer.ClassId, OfferPriceOrder).Add(offer);
        }
    }

    private void Unseat((ulong Seq, int Side, ulong Id) rank)
    {
        if (rank.Side == 0)
        {
            var bid = bids[rank.Id];
            RemoveFrom(bidBooks, (bid.Market.Kind, bid.Market.Id), bid);
        }
        else
        {
            var offer = offers[rank.Id];
            RemoveFrom(offerBooks, offer.ClassId, offer);
        }
    }

    private static SortedSet<T> SetOf<TKey, T>(SortedDictionary<TKey, SortedSet<T>> sets, TKey key, IComparer<T> order)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new SortedSet<T>(order);
        }

        return set;
    }
}
