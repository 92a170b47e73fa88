using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation.Safe;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Safety;

/// <summary>
/// The sequencer's executor: it made the blocks itself, so a candidate is safe when its own block at that height is
/// exactly the candidate — same parent, time, origin, L1 inputs and transactions, hence (execution being deterministic)
/// the same block. Nothing is executed twice. Where its block is another, it asks <paramref name="correction"/> to give
/// way (the producer makes L1's block) and the candidate waits. Its unsafe chain above the safe head is the producer's; an
/// L1 reorg under the safe chain only moves the safe head back.
/// </summary>
public sealed class MatchingExecutor(BlockStore blocks, UnsafeChainCorrection correction) : ISafeBlockExecutor
{
    /// <inheritdoc/>
    public Block Execute(SafeCandidate candidate, Block safeHead)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(safeHead);
        var number = safeHead.Number + 1;
        var own = blocks.GetByNumber(number);
        if (own is not null && Matches(own, candidate, safeHead))
        {
            return own;
        }

        if (correction.RefusalOf(candidate) is { } reason)
        {
            throw new InvalidBlockException(reason);
        }

        correction.Request(safeHead.Number, candidate);
        throw new UnsafeChainMismatchException(own is null
            ? $"L1 has block {number} ({candidate.Source}) but this sequencer has not made it: making it"
            : $"this sequencer's block {number} {own.Hash} is not the block L1 makes there ({candidate.Source}): giving way");
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
