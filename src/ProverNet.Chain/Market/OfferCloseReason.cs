namespace ProverNet.Chain.Market;

/// <summary>Why an offer left the book (<c>IProverMarket.OfferCloseReason</c>, same numbering).</summary>
public enum OfferCloseReason : byte
{
    /// <summary>It won a job.</summary>
    Matched = 0,

    /// <summary>The prover cancelled it.</summary>
    Cancelled = 1,

    /// <summary>It expired unmatched.</summary>
    Expired = 2,

    /// <summary>The prover's free stake no longer covers the class.</summary>
    Ineligible = 3,
}
