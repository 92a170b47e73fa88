using ProverNet.Chain.Blocks;
using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Execution;

/// <summary>
/// What an L2 block's L1 origin may be, given its parent's (docs/architecture.md §5). Checked by both strategies, so a
/// sequencer cannot produce what a validator would reject. Whether the origin is really that L1 block, and whether the
/// opening transactions are its inputs, is derivation's to check: it needs L1.
/// </summary>
public static class L1OriginRule
{
    /// <summary>
    /// Whether a block at <paramref name="timestamp"/> on <paramref name="origin"/> may carry user transactions: not once
    /// L2 time has run more than <c>rollup.maxSequencerDriftSec</c> ahead of its origin's. A chain that follows no L1
    /// has no L1 time to run ahead of.
    /// </summary>
    public static bool AllowsUserTransactions(ulong timestamp, L1Origin origin, ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        return !genesis.L1.FollowsL1 || timestamp <= origin.Timestamp || timestamp - origin.Timestamp <= genesis.Rollup.MaxSequencerDriftSec;
    }

    /// <summary>Throws unless a child of <paramref name="parent"/> with <paramref name="attributes"/> has a valid origin.</summary>
    /// <exception cref="InvalidBlockException">
    /// The origin neither is the parent's nor the L1 block after it; a held origin with opening transactions (an L1
    /// block's inputs come once, with the block that takes it); a new origin later than the block, or earlier than the
    /// parent's origin.
    /// </exception>
    public static void Check(BlockHeader parent, BlockAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var number = parent.Number + 1;
        var origin = attributes.L1Origin;
        var parentOrigin = parent.L1Origin;
        if (origin.Number == parentOrigin.Number)
        {
            if (origin != parentOrigin)
            {
                throw new InvalidBlockException($"block {number}: L1 origin {origin.Number} is the parent's height but not its block {parentOrigin.Hash}");
            }

            if (attributes.OpeningSystemTransactions.Count != 0)
            {
                throw new InvalidBlockException($"block {number}: keeps L1 origin {origin.Number} yet has {attributes.OpeningSystemTransactions.Count} L1 inputs");
            }

            return;
        }

        if (origin.Number != parentOrigin.Number + 1)
        {
            throw new InvalidBlockException($"block {number}: L1 origin {origin.Number} is neither the parent's ({parentOrigin.Number}) nor the next");
        }

        if (origin.Timestamp < parentOrigin.Timestamp || origin.Timestamp > attributes.Timestamp)
        {
            throw new InvalidBlockException(
                $"block {number}: L1 origin time {origin.Timestamp} must lie between the parent origin's {parentOrigin.Timestamp} and the block's {attributes.Timestamp}");
        }
    }
}
