namespace ProverNet.Derivation;

/// <summary>A log of an input event that does not decode: left out of the L2 block, on every node alike, and reported.</summary>
/// <param name="Log">The log.</param>
/// <param name="Reason">Why it does not decode.</param>
public sealed record SkippedL1Log(L1Log Log, string Reason);
