using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>What the sequencer posted to the inbox in one transaction: a frame of a batch (see <see cref="Frame"/>), still encoded.</summary>
/// <param name="InboxIndex">The inbox's index of it (its <c>BatchSubmitted</c> index).</param>
/// <param name="TransactionHash">The L1 transaction whose calldata carries it.</param>
/// <param name="Data">The bytes posted.</param>
public sealed record PostedFrame(ulong InboxIndex, Hash256 TransactionHash, byte[] Data);
