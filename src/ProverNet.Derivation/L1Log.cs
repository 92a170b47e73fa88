using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>An L1 contract log as derivation reads it.</summary>
/// <param name="BlockNumber">The L1 block holding it.</param>
/// <param name="BlockHash">That block's hash: a log of another block at the same height came from a branch L1 left.</param>
/// <param name="LogIndex">Its position among the block's logs.</param>
/// <param name="Address">The emitting contract.</param>
/// <param name="Topics">The event signature hash, then the indexed arguments.</param>
/// <param name="Data">The ABI encoding of the other arguments.</param>
/// <param name="TransactionHash">The transaction that emitted it (a batch is that transaction's calldata).</param>
public sealed record L1Log(ulong BlockNumber, Hash256 BlockHash, uint LogIndex, Address Address, IReadOnlyList<Hash256> Topics, byte[] Data, Hash256 TransactionHash);
