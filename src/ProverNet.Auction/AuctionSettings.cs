namespace ProverNet.Auction;

/// <summary>Governed auction settings (docs/clearing-rule.md §3–§4).</summary>
/// <param name="ThickMarketMinOrders"><c>m</c>: a market is thick when at least this many bids and offers (per stage) take part.</param>
/// <param name="ReferenceStepBps">Largest relative move of a thin market's reference price per round, in basis points.</param>
public readonly record struct AuctionSettings(uint ThickMarketMinOrders, uint ReferenceStepBps)
{
    /// <summary>The defaults of docs/clearing-rule.md: m = 8, step 1250 bps.</summary>
    public static AuctionSettings Default => new(8, 1250);
}
