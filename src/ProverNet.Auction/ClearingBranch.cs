namespace ProverNet.Auction;

/// <summary>Which branch of the rule set the prices.</summary>
public enum ClearingBranch : byte
{
    /// <summary>Thick, but no bid crosses an offer (k = 0).</summary>
    NoCrossing = 0,

    /// <summary>Thick, <c>a_k &lt;= p0 &lt;= b_k</c>: k trades at the uniform price <c>p0</c>.</summary>
    UniformPrice = 1,

    /// <summary>Thick, trade reduction: k - 1 trades, bids pay <c>b_k</c>, offers are bounded by <c>a_k</c>.</summary>
    TradeReduction = 2,

    /// <summary>Thin: trades at the posted reference price(s).</summary>
    PostedPrice = 3,
}
