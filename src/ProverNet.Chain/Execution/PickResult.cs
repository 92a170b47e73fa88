namespace ProverNet.Chain.Execution;

/// <summary>The builder's decision on a candidate and why, so a mempool can drop, park or keep it.</summary>
/// <param name="Action">Added, skipped or stopped at.</param>
/// <param name="Reason">Why (empty when added); for a skip, the admission rejection's message.</param>
/// <param name="Error">The admission error of a skip; null otherwise.</param>
public readonly record struct PickResult(PickAction Action, string Reason, AdmissionError? Error)
{
    /// <summary>Included.</summary>
    public static PickResult Added { get; } = new(PickAction.Add, string.Empty, null);
}
