using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation;
using ProverNet.Node.L1;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// What the sequencer does when L1 reorganized under it (a derivation reset): find the last L2 block whose L1 origin is
/// still canonical, take the blocks above it back in one batch (<see cref="BlockProcessor.RewindTo"/>), give their user
/// transactions back to the mempool, and follow L1 again from that block's origin — so the blocks produced next take the
/// new L1 branch's inputs. Runs on the producer thread, between blocks.
/// </summary>
public sealed partial class L1ReorgRecovery
{
    private readonly BlockProcessor processor;
    private readonly L1Follower follower;
    private readonly Action<Block> rewinding;
    private readonly Action<Block, IReadOnlyList<Block>> rewound;
    private readonly ILogger logger;

    /// <summary>
    /// Recovers <paramref name="processor"/>'s chain for <paramref name="follower"/>. <paramref name="rewinding"/> runs
    /// before the rewind with the block that will be the head (quiesce what writes behind the head, lower the head
    /// marker), <paramref name="rewound"/> after it with the head and the blocks taken back, newest first.
    /// </summary>
    public L1ReorgRecovery(BlockProcessor processor, L1Follower follower, Action<Block> rewinding, Action<Block, IReadOnlyList<Block>> rewound, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentNullException.ThrowIfNull(rewinding);
        ArgumentNullException.ThrowIfNull(rewound);
        ArgumentNullException.ThrowIfNull(logger);
        this.processor = processor;
        this.follower = follower;
        this.rewinding = rewinding;
        this.rewound = rewound;
        this.logger = logger;
    }

    /// <summary>Whether L1 reorganized and the chain waits to be recovered.</summary>
    public bool Pending => follower.ResetPending;

    /// <summary>Recovers the chain; false when L1 could not be asked (try again with the next block).</summary>
    /// <exception cref="DerivationException">
    /// Critical: the L1 block the chain starts after is gone, or the reorg is deeper than the blocks the node can take back
    /// (nothing is changed then).
    /// </exception>
    public bool TryRecover(CancellationToken cancellationToken)
    {
        Block target;
        try
        {
            target = LastOnCanonicalOrigin(cancellationToken);
        }
        catch (L1UnavailableException unavailable)
        {
            LogL1Unavailable(unavailable.Message);
            return false;
        }

        var head = processor.Head;
        if (target.Number < head.Number)
        {
            if (!processor.CanRewindTo(target.Number))
            {
                // Nothing is touched: the store stays as it was, for a restart from a fresh data directory.
                throw new DerivationException(
                    DerivationErrorKind.Critical,
                    $"L1 reorg deeper than this node can take back: L2 blocks {target.Number + 1}–{head.Number} stand on L1 blocks that are gone " +
                    $"(the last block on a canonical origin is {target.Number}, origin {target.Header.L1Origin.Number}), but only the newest " +
                    $"{processor.RewindDepth} blocks keep undo records (Storage:RewindDepthBlocks). The store is unchanged; to follow the new L1 " +
                    "chain, start from a fresh data directory");
            }

            rewinding(target);
            var dropped = processor.RewindTo(target.Number);
            rewound(target, dropped);
            LogRewound(target.Number + 1, head.Number, target.Number, target.Header.L1Origin.Number, dropped.Sum(block => block.Body.UserTransactions.Count));
        }

        follower.Restart(processor.Head.Header.L1Origin);
        return true;
    }

    // Walks down the chain one origin at a time (blocks share origins, and the deepest reorg costs one L1 call an
    // origin), reading headers only.
    private Block LastOnCanonicalOrigin(CancellationToken cancellationToken)
    {
        var header = processor.Head.Header;
        while (true)
        {
            var origin = header.L1Origin;
            if (follower.IsCanonicalAsync(origin, cancellationToken).GetAwaiter().GetResult())
            {
                return header.Number == processor.Head.Number ? processor.Head : processor.Blocks.GetByNumber(header.Number)!;
            }

            if (header.Number == 0)
            {
                throw new DerivationException(
                    DerivationErrorKind.Critical,
                    $"L1 block {origin.Number} ({origin.Hash}), which the chain starts after, is no longer on L1: this L1 is not the chain's");
            }

            while (header.Number > 0 && header.L1Origin == origin)
            {
                header = processor.Blocks.GetHeader(header.Number - 1) ?? throw new InvalidDataException($"block {header.Number - 1} is missing below the head");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 reorg: took L2 blocks {First}–{Last} back; the head is block {Head} (L1 origin {Origin}) and {Transactions} of their user transactions are in the mempool again")]
    private partial void LogRewound(ulong first, ulong last, ulong head, ulong origin, int transactions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 reorg: cannot ask L1 where the chain still holds ({Reason}); no block until it answers")]
    private partial void LogL1Unavailable(string reason);
}
