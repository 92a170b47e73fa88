namespace ProverNet.Derivation;

/// <summary>What one round trip to L1 told: its head, and a run of blocks by number.</summary>
/// <param name="Head">The number of the newest L1 block.</param>
/// <param name="Blocks">
/// The blocks asked for that L1 has, in order from the first asked for; it stops at the first L1 does not have. Read in
/// the same round trip as <paramref name="Head"/> but not atomically with it, so they may differ by a block.
/// </param>
public sealed record L1HeaderRange(ulong Head, IReadOnlyList<L1BlockHeader> Blocks);
