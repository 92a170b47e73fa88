using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>A batch as the sequencer posted it to the inbox, still encoded.</summary>
/// <param name="InboxIndex">The inbox's index of the batch (its <c>BatchSubmitted</c> index).</param>
/// <param name="TransactionHash">The L1 transaction whose calldata carries it.</param>
/// <param name="Data">The batch bytes (see <see cref="BatchDecoder"/>).</param>
public sealed record PostedBatch(ulong InboxIndex, Hash256 TransactionHash, byte[] Data);
