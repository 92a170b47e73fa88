using ProverNet.Chain.Blocks;
using ProverNet.Derivation.Safe;

namespace ProverNet.Node.Safety;

/// <summary>
/// The sequencer's executor: it made the blocks itself, so a candidate is safe when its own block at that height is
/// exactly the candidate — same parent, time, origin, L1 inputs and transactions, hence (execution being deterministic)
/// the same block. Nothing is executed twice. Its unsafe chain above the safe head is the producer's; an L1 reorg under
/// the safe chain only moves the safe head back.
/// </summary>
public sealed class MatchingExecutor(BlockStore blocks) : ISafeBlockExecutor
{
    /// <inheritdoc/>
    public Block Execute(SafeCandidate candidate, Block safeHead)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(safeHead);
        var number = safeHead.Number + 1;
        var own = blocks.GetByNumber(number)
            ?? throw new UnsafeChainMismatchException($"L1 has block {number} ({candidate.Source}) but this sequencer has not made it");
        if (!Matches(own, candidate, safeHead))
        {
            throw new UnsafeChainMismatchException($"this sequencer's block {number} {own.Hash} is not the block L1 makes there ({candidate.Source})");
        }

        return own;
    }

    /// <inheritdoc/>
    public void RewindTo(ulong number)
    {
    }

    /// <summary>Whether <paramref name="block"/> is what <paramref name="candidate"/> makes on <paramref name="parent"/>.</summary>
    public static bool Matches(Block block, SafeCandidate candidate, Block parent)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(parent);
        var header = block.Header;
        var body = block.Body;
        return header.ParentHash == parent.Hash
            && header.Timestamp == candidate.Attributes.Timestamp
            && header.L1Origin == candidate.Attributes.L1Origin
            && body.OpeningSystemTransactions.SequenceEqual(candidate.Attributes.OpeningSystemTransactions)
            && body.UserTransactions.Count == candidate.Transactions.Count
            && body.UserTransactions.Zip(candidate.Transactions).All(pair => pair.First.Span.SequenceEqual(pair.Second.Span));
    }
}
