using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>A contract call to send on L1.</summary>
/// <param name="To">The contract.</param>
/// <param name="Data">The ABI-encoded call.</param>
/// <param name="GasLimit">The gas limit; null to estimate it (with a margin).</param>
/// <param name="Purpose">What it is for, for logs (e.g. "batch 12 (blocks 100-163)").</param>
public sealed record L1TransactionRequest(Address To, ReadOnlyMemory<byte> Data, ulong? GasLimit, string Purpose);
