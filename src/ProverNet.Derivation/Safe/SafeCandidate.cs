using ProverNet.Chain.Execution;

namespace ProverNet.Derivation.Safe;

/// <summary>The next safe block as derivation has it, before execution says whether it is valid.</summary>
/// <param name="Attributes">Its time, origin and opening L1 inputs.</param>
/// <param name="Transactions">Its user transactions as signed (none when forced).</param>
/// <param name="Cursor">Where derivation stands once the block is safe: stored with it.</param>
/// <param name="Forced">Whether derivation made it itself, the sequencer having posted nothing for its origin within the window.</param>
/// <param name="Source">Where it came from, for logs (e.g. "batch 7 in L1 block 120").</param>
public sealed record SafeCandidate(BlockAttributes Attributes, IReadOnlyList<ReadOnlyMemory<byte>> Transactions, SafeCursor Cursor, bool Forced, string Source);
