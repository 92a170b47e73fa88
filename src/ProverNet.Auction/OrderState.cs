namespace ProverNet.Auction;

/// <summary>Where an order stands during a round.</summary>
internal enum OrderState : byte
{
    /// <summary>Stays open: waiting behind its account's earlier order, or not served.</summary>
    Open = 0,

    /// <summary>Its expiry passed: dropped.</summary>
    Expired = 1,

    /// <summary>Takes part in its market's round.</summary>
    TakingPart = 2,

    /// <summary>Served this round.</summary>
    Matched = 3,
}
