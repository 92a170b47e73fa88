using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// The attributes of a block rebuilt from a batch: its time from the batch, its origin and opening inputs from what
/// this node derived from L1 — the batch names only the origin's number, L1 supplies the rest.
/// </summary>
public static class BatchAttributes
{
    /// <summary>The attributes of <paramref name="block"/>, the batch's block after <paramref name="parent"/>.</summary>
    /// <param name="parent">The head the block builds on.</param>
    /// <param name="block">The batch's block.</param>
    /// <param name="next">The L1 block after the parent's origin with its inputs, as derived here; null while derivation has not reached it.</param>
    /// <returns>The attributes; null when the block takes an L1 block not derived yet (ask again once it is).</returns>
    /// <exception cref="InvalidBlockException">The batch's origin number neither stays at nor follows the parent's.</exception>
    public static BlockAttributes? For(BlockHeader parent, SequencedBlock block, L1BlockInputs? next)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.L1OriginNumber == parent.L1Origin.Number)
        {
            return new BlockAttributes(block.Timestamp, parent.L1Origin, []);
        }

        if (block.L1OriginNumber != parent.L1Origin.Number + 1)
        {
            throw new InvalidBlockException(
                $"block {parent.Number + 1}: the batch gives L1 origin {block.L1OriginNumber}, neither the parent's {parent.L1Origin.Number} nor the next");
        }

        return next is null ? null : new BlockAttributes(block.Timestamp, next.Block.Origin, next.OpeningTransactions());
    }
}
