namespace ProverNet.Auction;

/// <summary>How a market clears this round, chosen by counts only (docs/clearing-rule.md §3.3).</summary>
public enum Regime : byte
{
    /// <summary>Fewer than <c>m</c> bids or offers: posted reference price.</summary>
    Thin = 0,

    /// <summary>At least <c>m</c> bids and offers (in every stage): McAfee / supply-chain trade reduction.</summary>
    Thick = 1,
}
