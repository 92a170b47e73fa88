using ProverNet.Chain.Blocks;
using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// A run of consecutive L2 blocks as the batcher posts them: where the run starts (the first block's number and its
/// parent's hash, so that derivation can tell whether the run follows its safe head) and what L1 cannot supply of each.
/// </summary>
/// <param name="FirstNumber">The first block's number.</param>
/// <param name="ParentHash">The hash of the block before the first.</param>
/// <param name="Blocks">The blocks, in order.</param>
public sealed record Batch(ulong FirstNumber, Hash256 ParentHash, IReadOnlyList<SequencedBlock> Blocks)
{
    /// <summary>The number of the last block.</summary>
    public ulong LastNumber => FirstNumber + (ulong)Blocks.Count - 1;

    /// <summary>The batch of <paramref name="blocks"/>, consecutive blocks in order.</summary>
    /// <exception cref="ArgumentException">No blocks, or blocks that do not follow each other.</exception>
    public static Batch Of(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentOutOfRangeException.ThrowIfZero(blocks.Count);
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Number != blocks[i - 1].Number + 1 || blocks[i].Header.ParentHash != blocks[i - 1].Hash)
            {
                throw new ArgumentException($"block {blocks[i].Number} does not follow block {blocks[i - 1].Number}", nameof(blocks));
            }
        }

        return new Batch(blocks[0].Number, blocks[0].Header.ParentHash, [.. blocks.Select(SequencedBlock.Of)]);
    }
}
