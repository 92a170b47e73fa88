namespace ProverNet.Chain.Market;

/// <summary>State of an offer (<c>IProverMarket.OfferStatus</c>, same numbering).</summary>
public enum OfferStatus : byte
{
    /// <summary>No such offer.</summary>
    None = 0,

    /// <summary>In the book, stake locked.</summary>
    Open = 1,

    /// <summary>Won a job; its lock now backs the job.</summary>
    Matched = 2,

    /// <summary>Cancelled by the prover; unlocked.</summary>
    Cancelled = 3,

    /// <summary>Expired unmatched; unlocked.</summary>
    Expired = 4,

    /// <summary>Dropped at clearing because its prover was no longer eligible; unlocked.</summary>
    Ineligible = 5,
}
