using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation.Safe;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// How the sequencer gives way to L1 (op-node's "the safe chain wins"): when safe derivation finds that L1 makes a
/// block other than the sequencer's own at a height — forced inclusion after the sequencer withheld its batches past
/// the window, or a batch that says otherwise — it asks here; the producer, between two blocks, takes its blocks above
/// the safe head back (their transactions return to the mempool) and makes L1's block in their place, then sequences
/// on top of it. If L1's block does not apply (a batch the stage then drops), the sequencer's blocks are imported back
/// as they were.
/// </summary>
public sealed partial class UnsafeChainCorrection(
    BlockProcessor processor, Action<Block> rewinding, Action<Block, IReadOnlyList<Block>> rewound, Action<ProcessedBlock> committed, Action<L1Origin> followFrom, ILogger logger)
{
    private readonly object gate = new();
    private (ulong SafeNumber, SafeCandidate Candidate)? requested;
    private (SafeCandidate Candidate, string Reason)? refused;

    /// <summary>Asks that the block after safe block <paramref name="safeNumber"/> be <paramref name="candidate"/>'s (from safe derivation's worker).</summary>
    public void Request(ulong safeNumber, SafeCandidate candidate)
    {
        lock (gate)
        {
            requested = (safeNumber, candidate);
        }
    }

    /// <summary>Why execution refused <paramref name="candidate"/> when the producer tried it; null if it did not.</summary>
    public string? RefusalOf(SafeCandidate candidate)
    {
        lock (gate)
        {
            return refused is { } failed && ReferenceEquals(failed.Candidate, candidate) ? failed.Reason : null;
        }
    }

    /// <summary>Makes the requested block, if any (on the producer's thread, between blocks).</summary>
    public void ApplyPending()
    {
        (ulong SafeNumber, SafeCandidate Candidate) request;
        lock (gate)
        {
            if (requested is not { } pending)
            {
                return;
            }

            request = pending;
            requested = null;
        }

        var head = processor.Head;
        if (request.SafeNumber > head.Number || !processor.CanRewindTo(request.SafeNumber))
        {
            LogCannot(request.SafeNumber, head.Number);
            return;
        }

        var dropped = (IReadOnlyList<Block>)[];
        if (request.SafeNumber < head.Number)
        {
            var target = processor.Blocks.GetByNumber(request.SafeNumber)!;
            rewinding(target);
            dropped = processor.RewindTo(request.SafeNumber);
            rewound(target, dropped);
        }

        try
        {
            var made = processor.Derive(request.Candidate.Attributes, request.Candidate.Transactions);
            committed(made);
            LogReplaced(made.Block.Number, head.Number, dropped.Sum(block => block.Body.UserTransactions.Count), request.Candidate.Source);
        }
        catch (InvalidBlockException invalid)
        {
            // L1's block does not apply, so L1 says nothing against the sequencer's own: they go back as they were.
            lock (gate)
            {
                refused = (request.Candidate, invalid.Message);
            }

            // Taken back newest first: imported again oldest first.
            for (var i = dropped.Count - 1; i >= 0; i--)
            {
                committed(processor.Import(dropped[i]));
            }

            LogKept(request.SafeNumber + 1, invalid.Message);
        }

        followFrom(processor.Head.Header.L1Origin);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "gave way to L1: block {Number} is now L1's ({Source}); the blocks up to {OldHead} went back, their {Transactions} transactions to the mempool")]
    private partial void LogReplaced(ulong number, ulong oldHead, int transactions, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1's block {Number} does not apply ({Reason}): the sequencer's own blocks stay")]
    private partial void LogKept(ulong number, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "cannot give way to L1 at safe block {Safe}: the head is {Head} and the undo records do not reach (Storage:RewindDepthBlocks)")]
    private partial void LogCannot(ulong safe, ulong head);
}
