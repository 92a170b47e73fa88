using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation.Batches;

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
        // The block brings its whole origin; the rule is a batch's (only the number counts), then the rest must agree.
        if (BatchAttributes.For(parent, new SequencedBlock(block.Timestamp, block.L1Origin.Number, []), next) is not { } derived)
        {
            return null;
        }

        if (derived.L1Origin != block.L1Origin)
        {
            throw new InvalidBlockException(
                $"block {block.Number}: its L1 origin is block {block.L1Origin.Number} {block.L1Origin.Hash} (time {block.L1Origin.Timestamp}), but the derived one is {derived.L1Origin.Hash} (time {derived.L1Origin.Timestamp})");
        }

        return derived.OpeningSystemTransactions;
    }
}
