namespace ProverNet.Auction.Tests.Support;

/// <summary>
/// Splits a whole round input the slow, obvious way into what <see cref="TodaAuction.ClearParticipants"/> takes: the
/// orders leaving by expiry, and per market the orders taking part (each account's open order of lowest (seq, side,
/// id), bids before offers), sorted by price. Also counts how many orders the engine read.
/// </summary>
internal sealed class ParticipantOracle : IParticipantBooks
{
    private readonly SortedDictionary<(MarketKind, uint), List<Bid>> bids = [];
    private readonly SortedDictionary<uint, List<Offer>> offers = [];

    public ParticipantOracle(RoundInput input)
    {
        var pipelineOf = new SortedDictionary<uint, uint>();
        foreach (var pipeline in input.Pipelines)
        {
            foreach (var stage in pipeline.Stages)
            {
                pipelineOf[stage] = pipeline.Id;
            }
        }

        var open = input.Bids.Where(bid => bid.Expiry >= input.BlockTime).Select(bid => (Market: bid.Market, Rank: (bid.Seq, 0, bid.Id), Account: bid.Requester, Bid: (Bid?)bid, Offer: (Offer?)null))
            .Concat(input.Offers.Where(offer => offer.Expiry >= input.BlockTime).Select(offer => (
                Market: pipelineOf.TryGetValue(offer.ClassId, out var pipeline) ? MarketRef.Pipeline(pipeline) : MarketRef.Class(offer.ClassId),
                Rank: (offer.Seq, 1, offer.Id), Account: offer.Prover, Bid: (Bid?)null, Offer: (Offer?)offer)));
        foreach (var head in open.GroupBy(order => (order.Market, order.Account)).Select(orders => orders.MinBy(order => order.Rank)))
        {
            if (head.Bid is { } bid)
            {
                BookOf(bid.Market).Add(bid);
            }
            else
            {
                var offer = head.Offer!.Value;
                (offers.TryGetValue(offer.ClassId, out var book) ? book : offers[offer.ClassId] = []).Add(offer);
            }
        }

        foreach (var book in bids.Values)
        {
            book.Sort((x, y) => (y.MaxPricePerUnit, x.Seq, x.Id).CompareTo((x.MaxPricePerUnit, y.Seq, y.Id)));
        }

        foreach (var book in offers.Values)
        {
            book.Sort((x, y) => (x.AskPerUnit, x.Seq, x.Id).CompareTo((y.AskPerUnit, y.Seq, y.Id)));
        }

        Leaving = input with
        {
            Bids = [.. input.Bids.Where(bid => bid.Expiry < input.BlockTime)],
            Offers = [.. input.Offers.Where(offer => offer.Expiry < input.BlockTime)],
        };
    }

    /// <summary>The round with only the expired orders.</summary>
    public RoundInput Leaving { get; }

    /// <summary>Orders the engine enumerated.</summary>
    public int Read { get; private set; }

    public int BidCount(MarketRef market) => bids.TryGetValue((market.Kind, market.Id), out var book) ? book.Count : 0;

    public int OfferCount(uint classId) => offers.TryGetValue(classId, out var book) ? book.Count : 0;

    public IEnumerable<Bid> BidsByPrice(MarketRef market) => Counted(bids.TryGetValue((market.Kind, market.Id), out var book) ? book : []);

    public IEnumerable<Offer> OffersByPrice(uint classId) => Counted(offers.TryGetValue(classId, out var book) ? book : []);

    private List<Bid> BookOf(MarketRef market) =>
        bids.TryGetValue((market.Kind, market.Id), out var book) ? book : bids[(market.Kind, market.Id)] = [];

    private IEnumerable<T> Counted<T>(List<T> book)
    {
        foreach (var order in book)
        {
            Read++;
            yield return order;
        }
    }
}
