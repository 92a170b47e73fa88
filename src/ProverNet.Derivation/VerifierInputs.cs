using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;

namespace ProverNet.Derivation;

/// <summary>
/// The validator's side of <see cref="SequencerAttributes"/>: the opening system transactions a block sequenced
/// elsewhere must carry, from what this node derived from L1 itself — so a block is re-executed with L1's inputs, never
/// with the ones it brings.
/// </summary>
public static class VerifierInputs
{
    /// <summary>The opening transactions of <paramref name="block"/>, the child of <paramref name="parent"/>.</summary>
    /// <param name="parent">The head the block builds on.</param>
    /// <param name="block">The sequenced block's header.</param>
    /// <param name="next">The L1 block after the parent's origin with its inputs, as derived here; null while derivation has not reached it.</param>
    /// <returns>None when the block keeps its parent's origin; the derived inputs when it takes the next L1 block; null when it takes an L1 block not derived yet (ask again once it is).</returns>
    /// <exception cref="InvalidBlockException">The block's origin is neither its parent's nor the L1 block derived after it.</exception>
    public static IReadOnlyList<SystemTransaction>? OpeningFor(BlockHeader parent, BlockHeader block, L1BlockInputs? next)
    {
        var origin = block.L1Origin;
        if (origin == parent.L1Origin)
        {
            return [];
        }

        if (origin.Number != parent.L1Origin.Number + 1)
        {
            throw new InvalidBlockException(
                $"block {block.Number}: its L1 origin {origin.Number} neither stays at nor follows its parent's origin {parent.L1Origin.Number}");
        }

        if (next is null)
        {
            return null;
        }

        if (next.Block.Origin != origin)
        {
            throw new InvalidBlockException(
                $"block {block.Number}: its L1 origin is block {origin.Number} {origin.Hash} (time {origin.Timestamp}), but L1's block {next.Block.Number} is {next.Block.Hash} (time {next.Block.Timestamp})");
        }

        return next.OpeningTransactions();
    }
}
