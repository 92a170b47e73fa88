using ProverNet.Chain.Blocks;

namespace ProverNet.Chain.Execution;

/// <summary>What a producer decides about a new block before executing it (op-node's "payload attributes").</summary>
/// <param name="Timestamp">Block time, seconds; not before the parent's.</param>
/// <param name="L1Origin">The L1 block it is derived against.</param>
/// <param name="OpeningSystemTransactions">L1 inputs applied before the user transactions.</param>
public sealed record BlockAttributes(ulong Timestamp, L1Origin L1Origin, IReadOnlyList<SystemTransaction> OpeningSystemTransactions);
