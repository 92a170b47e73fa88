namespace ProverNet.Auction;

/// <summary>docs/clearing-rule.md §3.3: a market is thick with at least <c>m</c> bids and <c>m</c> offers in every stage; only counts decide.</summary>
internal static class RegimeRule
{
    public static bool IsThick(int bids, ReadOnlySpan<int> stageOffers, AuctionSettings settings)
    {
        var thick = bids >= settings.ThickMarketMinOrders;
        foreach (var offers in stageOffers)
        {
            thick &= offers >= settings.ThickMarketMinOrders;
        }

        return thick;
    }
}
