using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>
/// Clears one market at a time (docs/clearing-rule.md §3.3–§3.6 and §5). Books are sorted as packed 128-bit keys
/// <c>price &lt;&lt; 32 | position</c>, where position is the order's place in its (seq, id)-ordered group, so one
/// primitive sort yields "price, then seq" and the key still says which order it is. Bids use
/// <c>2^96 - 1 - b</c> so that an ascending sort puts the highest bid first.
/// </summary>
internal sealed partial class MarketClearing
{
    private readonly OrderColumns bids;
    private readonly OrderColumns offers;
    private readonly MarketDirectory directory;
    private readonly OrderBooks books;
    private readonly AuctionSettings settings;
    private readonly UInt128[] referenceAfter;
    private readonly List<Match> matches;
    private readonly int[] bidsTakingPart;
    private readonly int[] offersTakingPart;

    // Scratch, sized once per round for the largest market.
    private readonly UInt128[] bidKeys;
    private readonly UInt128[] offerKeys;
    private readonly int[] winningBids;
    private readonly ulong[] pairKeys;
    private readonly UInt128[] asks;
    private readonly uint[] sizes;
    private readonly UInt128[] pay;
    private readonly int[] stageOffset;
    private readonly UInt128[] thresholds;

    // counts: the orders taking part per market and stage book when books holds only those that can matter
    // (ParticipantSelection); null when it holds every one.
    public MarketClearing(RoundInput input, MarketDirectory directory, OrderBooks books, ParticipantCounts? counts, List<Match> matches)
    {
        bids = books.BidColumns;
        offers = books.OfferColumns;
        this.directory = directory;
        this.books = books;
        this.matches = matches;
        settings = input.Settings;
        referenceAfter = Array.ConvertAll(directory.StageClasses, static auctionClass => auctionClass.ReferencePrice);
        bidsTakingPart = counts?.Bids ?? CountGroups(bids, directory.Markets.Length);
        offersTakingPart = counts?.Offers ?? CountGroups(offers, directory.StageClasses.Length);
        int mostBids = 0, mostOffers = 0, mostStages = 0;
        for (var market = 0; market < directory.Markets.Length; market++)
        {
            var first = directory.FirstStage[market];
            var last = directory.FirstStage[market + 1];
            mostBids = Math.Max(mostBids, bids.Count(market));
            var marketOffers = 0;
            for (var stage = first; stage < last; stage++)
            {
                marketOffers += offers.Count(stage);
            }

            mostOffers = Math.Max(mostOffers, marketOffers);
            mostStages = Math.Max(mostStages, last - first);
        }

        bidKeys = new UInt128[mostBids];
        offerKeys = new UInt128[mostOffers];
        winningBids = new int[mostBids];
        pairKeys = new ulong[mostBids];
        asks = new UInt128[mostBids];
        sizes = new uint[mostBids];
        pay = new UInt128[mostBids];
        stageOffset = new int[mostStages + 1];
        thresholds = new UInt128[mostStages];
    }

    /// <summary>Every class's reference price after the round, by stage book.</summary>
    public ReadOnlySpan<UInt128> ReferenceAfter => referenceAfter;

    /// <summary>Clears market <paramref name="market"/>, appending its matches; logs its books when asked.</summary>
    public MarketSummary Clear(int market, List<MarketBook>? bookLog)
    {
        var firstStage = directory.FirstStage[market];
        var stageCount = directory.FirstStage[market + 1] - firstStage;
        var marketBids = bidsTakingPart[market];
        var thick = RegimeRule.IsThick(marketBids, offersTakingPart.AsSpan(firstStage, stageCount), settings);
        stageOffset[0] = 0;
        for (var s = 0; s < stageCount; s++)
        {
            stageOffset[s + 1] = stageOffset[s] + offers.Count(firstStage + s);
        }

        var plan = thick ? PlanThick(market, firstStage, stageCount) : PlanThin(market, firstStage, stageCount);
        bookLog?.Add(Book(market, plan.Regime, firstStage, stageCount));
        var stages = ImmutableArray.CreateBuilder<StageSummary>(stageCount);
        var treasury = Settle(plan, market, firstStage, stageCount);
        for (var s = 0; s < stageCount; s++)
        {
            var stage = firstStage + s;
            stages.Add(new StageSummary(
                directory.StageClasses[stage].Id,
                offersTakingPart[stage],
                plan.Regime == Regime.Thin ? WillingOffers(stage) : 0,
                thresholds[s],
                directory.StageClasses[stage].ReferencePrice,
                referenceAfter[stage]));
        }

        return new MarketSummary(
            directory.Markets[market],
            plan.Regime,
            plan.Branch,
            marketBids,
            plan.WillingBids,
            plan.Crossing,
            plan.PriceCandidate,
            plan.Winners,
            plan.BuyerPricePerUnit,
            treasury,
            stages.MoveToImmutable());
    }

    /// <summary>A group's column of <paramref name="column"/>, e.g. the prices of one market's bids.</summary>
    private static ReadOnlySpan<T> Of<T>(T[] column, OrderColumns columns, int group) =>
        column.AsSpan(columns.Start[group], columns.Count(group));

    private static int[] CountGroups(OrderColumns columns, int groupCount)
    {
        var counts = new int[groupCount];
        for (var group = 0; group < groupCount; group++)
        {
            counts[group] = columns.Count(group);
        }

        return counts;
    }

    private Span<UInt128> StageKeys(int s, int count) => offerKeys.AsSpan(stageOffset[s], count);

    private int WillingOffers(int stage)
    {
        var willing = 0;
        var posted = directory.StageClasses[stage].ReferencePrice;
        foreach (var ask in Of(offers.Price, offers, stage))
        {
            willing += ask <= posted ? 1 : 0;
        }

        return willing;
    }

    private static UInt128 PriceOf(UInt128 key) => key >> 32;

    private static int PositionOf(UInt128 key) => (int)(uint)key;

    private static UInt128 BidKey(UInt128 maxPricePerUnit, int position) => ((OrderBounds.MaxPricePerUnit - maxPricePerUnit) << 32) | (uint)position;

    private static UInt128 OfferKey(UInt128 askPerUnit, int position) => (askPerUnit << 32) | (uint)position;

    private static UInt128 BidPriceOf(UInt128 key) => OrderBounds.MaxPricePerUnit - PriceOf(key);
}
