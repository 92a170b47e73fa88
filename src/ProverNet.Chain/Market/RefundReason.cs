namespace ProverNet.Chain.Market;

/// <summary>Why escrow went back to a requester (<c>IProverMarket.RefundReason</c>, same numbering).</summary>
public enum RefundReason : byte
{
    /// <summary>The clearing price was below the bid: the difference comes back at once.</summary>
    PriceImprovement = 0,

    /// <summary>The bid expired unmatched.</summary>
    Expired = 1,

    /// <summary>The requester cancelled the bid.</summary>
    Cancelled = 2,

    /// <summary>The job missed its deadline.</summary>
    JobFailed = 3,
}
