namespace ProverNet.Chain.Market;

/// <summary>State of a bid (<c>IProverMarket.BidStatus</c>, same numbering).</summary>
public enum BidStatus : byte
{
    /// <summary>No such bid.</summary>
    None = 0,

    /// <summary>In the book, escrow held.</summary>
    Open = 1,

    /// <summary>Served: its escrow moved into jobs.</summary>
    Matched = 2,

    /// <summary>Cancelled by the requester and refunded.</summary>
    Cancelled = 3,

    /// <summary>Expired unmatched and refunded.</summary>
    Expired = 4,
}
