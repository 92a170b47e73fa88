namespace ProverNet.Node.Batching;

/// <summary>What the batcher has posted since the node started.</summary>
/// <param name="Batches">Batches posted.</param>
/// <param name="Frames">L1 transactions sent (frames).</param>
/// <param name="Blocks">L2 blocks posted (a block posted twice counts twice).</param>
/// <param name="Transactions">L2 user transactions posted.</param>
/// <param name="Bytes">Frame bytes posted.</param>
/// <param name="GasUsed">L1 gas the frames used.</param>
/// <param name="LastPosted">The last L2 block posted.</param>
public readonly record struct BatcherStats(long Batches, long Frames, long Blocks, long Transactions, long Bytes, long GasUsed, ulong LastPosted);
