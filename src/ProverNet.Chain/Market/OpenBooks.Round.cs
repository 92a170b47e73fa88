using System.Collections.Immutable;
using ProverNet.Auction;

namespace ProverNet.Chain.Market;

/// <summary>What a round asks of the books before it clears: each costs the orders it finds, not the open books.</summary>
public sealed partial class OpenBooks
{
    /// <summary>
    /// Ids of the open bids that can no longer clear under <paramref name="catalog"/>: their market is gone (a class
    /// or pipeline stage removed) or their units left its tier. Ascending.
    /// </summary>
    internal IReadOnlyList<ulong> UnclearableBids(MarketCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = new List<ulong>();
        foreach (var (market, byUnits) in bidsByMarket)
        {
            if (catalog.StagesOf(new MarketRef(market.Kind, market.Id)) is not { } stages)
            {
                ids.AddRange(byUnits.Select(bid => bid.Id));
                continue;
            }

            var (min, max) = OrderRules.Tier(stages);
            if (byUnits.Min.Units < min)
            {
                ids.AddRange(byUnits.GetViewBetween((0, 0), (min - 1, ulong.MaxValue)).Select(bid => bid.Id));
            }

            if (byUnits.Max.Units > max)
            {
                ids.AddRange(byUnits.GetViewBetween((max + 1, 0), (uint.MaxValue, ulong.MaxValue)).Select(bid => bid.Id));
            }
        }

        ids.Sort();
        return ids;
    }

    /// <summary>
    /// Ids of the open offers that may have to close as ineligible: those of classes <paramref name="catalog"/> no longer
    /// has, and every offer of a prover that is not eligible now. Ascending. Every other offer stays eligible through the
    /// round: closing offers only lowers locks, and the classes do not change.
    /// </summary>
    internal IReadOnlyList<ulong> OffersToRecheck(MarketCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = new SortedSet<ulong>();
        foreach (var (classId, ofClass) in offersByClass)
        {
            if (catalog.FindClass(classId) is null)
            {
                ids.UnionWith(ofClass);
            }
        }

        foreach (var prover in ineligibleProvers)
        {
            ids.UnionWith(offersByProver[prover]);
        }

        return [.. ids];
    }

    /// <summary>The open orders whose expiry is before <paramref name="blockTime"/>, each side in (seq, id) order.</summary>
    internal (ImmutableArray<Bid> Bids, ImmutableArray<Offer> Offers) Leaving(ulong blockTime)
    {
        if (blockTime == 0)
        {
            return ([], []);
        }

        var leavingBids = bidExpiries.GetViewBetween((0, 0), (blockTime - 1, ulong.MaxValue)).Select(entry => bids[entry.Id]).ToArray();
        var leavingOffers = offerExpiries.GetViewBetween((0, 0), (blockTime - 1, ulong.MaxValue)).Select(entry => offers[entry.Id]).ToArray();
        Array.Sort(leavingBids, static (x, y) => (x.Seq, x.Id).CompareTo((y.Seq, y.Id)));
        Array.Sort(leavingOffers, static (x, y) => (x.Seq, x.Id).CompareTo((y.Seq, y.Id)));
        return ([.. leavingBids], [.. leavingOffers]);
    }
}
