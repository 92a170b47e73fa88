using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;

namespace ProverNet.Derivation;

/// <summary>
/// The last stage, on a sequencer: the attributes of the next L2 block from its parent, its slot and the next L1 block
/// if derivation has it. The origin advances by at most one L1 block per L2 block, and only to the block after the
/// parent's origin; the block that takes an L1 block opens with its inputs, and its time is never before that L1 block's
/// (so L2 time catches up with an L1 whose clock runs ahead, as a devnet's after <c>evm_increaseTime</c>).
/// </summary>
public static class SequencerAttributes
{
    /// <summary>The attributes of the child of <paramref name="parent"/> sealed at <paramref name="slotTimestamp"/>.</summary>
    /// <param name="parent">The head the block builds on.</param>
    /// <param name="slotTimestamp">When its slot ends, seconds.</param>
    /// <param name="next">The L1 block after the parent's origin with its inputs, or null to keep the parent's origin.</param>
    /// <exception cref="ArgumentException"><paramref name="next"/> does not follow the parent's origin.</exception>
    public static BlockAttributes Next(BlockHeader parent, ulong slotTimestamp, L1BlockInputs? next)
    {
        var timestamp = Math.Max(slotTimestamp, parent.Timestamp);
        if (next is null)
        {
            return new BlockAttributes(timestamp, parent.L1Origin, []);
        }

        var block = next.Block;
        if (block.Number != parent.L1Origin.Number + 1 || block.ParentHash != parent.L1Origin.Hash)
        {
            throw new ArgumentException(
                $"L1 block {block.Number} ({block.Hash}) does not follow the parent's origin {parent.L1Origin.Number} ({parent.L1Origin.Hash})", nameof(next));
        }

        return new BlockAttributes(Math.Max(timestamp, block.Timestamp), block.Origin, next.OpeningTransactions());
    }
}
