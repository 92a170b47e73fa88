using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Safe;

/// <summary>
/// The safe chain's stage: from the L1 blocks in order (with their inputs and the sequencer's frames) it gives the next
/// safe block to execute, by rules every node applies alike (docs/architecture.md §5; op-node's channel bank and batch
/// queue, with Holocene's strict ordering, are the model):
/// <list type="bullet">
/// <item>Frames are read in L1 order. Frame 0 opens a channel (an incomplete open one is dropped); a frame that is not
/// the next of the open channel is dropped; the last frame closes it, and the channel's bytes must hash to its id. A
/// channel still open <c>rollup.sequencingWindowL1Blocks</c> after its first frame is dropped.</item>
/// <item>A closed channel is a batch. One that does not decode, starts past the safe head's child (a future batch), ends
/// at or below the safe head (a stale one), names another parent than the safe block before its first, or whose blocks
/// at or below the safe head are not those safe blocks, is dropped whole.</item>
/// <item>A batch's blocks past the safe head are candidates one at a time. A block whose origin neither stays nor moves
/// to the next L1 block, whose origin L1 has not shown by the batch's own L1 block, or whose batch landed more than the
/// window after its origin — or that execution refuses (<see cref="Refused"/>) — ends the batch: it and the rest are
/// dropped.</item>
/// <item>Once an L1 block's frames are read, if the L1 block after the safe head's origin is more than the window behind
/// it, the sequencer has posted nothing for it in time: derivation makes the block itself (forced inclusion), with that
/// origin's inputs, no user transactions, at the later of the parent's and the origin's time.</item>
/// </list>
/// Pull-based: <see cref="Next"/> gives a candidate, or null when it needs the next L1 block (<see cref="Add"/>, from
/// <see cref="ReadFrom"/> on); the caller executes each candidate and says <see cref="Accepted"/> or <see cref="Refused"/>.
/// </summary>
public sealed partial class BatchStage
{
    private readonly ulong window;
    private readonly BatchLimits limits;
    private readonly Func<ulong, Block?> safeBlock;
    private readonly List<L1BlockInputs> origins = [];
    private readonly List<string> dropped = [];
    private readonly SafeCursor? resumeAt;
    private Block safe;
    private L1Origin? lastL1;
    private L1BlockInputs? current;
    private int frameIndex;
    private OpenChannel? channel;
    private (Batch Batch, SafeCursor Start, string Source)? open;
    private int blockIndex;
    private SafeCandidate? pending;

    /// <summary>Derives on top of <paramref name="safeHead"/>, from genesis or resuming at <paramref name="cursor"/>.</summary>
    /// <param name="rollup">The chain's rollup settings (the sequencing window).</param>
    /// <param name="limits">What a batch may hold.</param>
    /// <param name="safeHead">The safe head to derive on.</param>
    /// <param name="cursor">Where derivation stood when it made <paramref name="safeHead"/>; null when nothing was read yet (genesis).</param>
    /// <param name="safeBlock">The safe block at a number at or below the safe head (to check batches that overlap it).</param>
    public BatchStage(RollupSettings rollup, BatchLimits limits, Block safeHead, SafeCursor? cursor, Func<ulong, Block?> safeBlock)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(safeHead);
        ArgumentNullException.ThrowIfNull(safeBlock);
        window = rollup.SequencingWindowL1Blocks;
        this.limits = limits;
        this.safeBlock = safeBlock;
        safe = safeHead;
        resumeAt = cursor;
        ReadFrom = Math.Min(cursor?.L1Number ?? ulong.MaxValue, safeHead.Header.L1Origin.Number + 1);
        if (ReadFrom == safeHead.Header.L1Origin.Number + 1)
        {
            lastL1 = safeHead.Header.L1Origin;
        }
    }

    /// <summary>The first L1 block to add: the one after the safe head's origin, or the cursor's when it is earlier.</summary>
    public ulong ReadFrom { get; }

    /// <summary>The safe head derivation builds on.</summary>
    public Block SafeHead => safe;

    /// <summary>The number of the L1 block <see cref="Add"/> takes next.</summary>
    public ulong NextL1Number => lastL1 is { } last ? last.Number + 1 : ReadFrom;

    /// <summary>Takes the next L1 block.</summary>
    /// <exception cref="DerivationException">Reset: it does not follow the last one, or it is not the block derivation resumes at.</exception>
    public void Add(L1BlockInputs block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var number = block.Block.Number;
        if (number != NextL1Number || (lastL1 is { } last && block.Block.ParentHash != last.Hash))
        {
            throw new DerivationException(DerivationErrorKind.Reset, $"L1 block {number} {block.Block.Hash} does not follow L1 block {NextL1Number - 1}");
        }

        if (current is not null)
        {
            throw new InvalidOperationException($"L1 block {current.Block.Number} is not all read: take candidates until there is none");
        }

        if (resumeAt is { } cursor && number == cursor.L1Number && block.Block.Hash != cursor.L1Hash)
        {
            throw new DerivationException(DerivationErrorKind.Reset, $"L1 block {number} is now {block.Block.Hash}, not {cursor.L1Hash} where derivation stood");
        }

        lastL1 = block.Block.Origin;
        if (number > safe.Header.L1Origin.Number)
        {
            origins.Add(block);
        }

        current = block;
        // Before the cursor the frames were read when the safe head was made; in its block, those before its frame.
        frameIndex = resumeAt is not { } at || number > at.L1Number ? 0 : number == at.L1Number ? Math.Min(at.Frame, block.Frames.Count) : block.Frames.Count;
        if (channel is not null && number > channel.Start.L1Number + window)
        {
            Drop($"channel {channel.Id:x32} opened in L1 block {channel.Start.L1Number} did not close within {window} L1 blocks");
            channel = null;
        }
    }

    /// <summary>The next safe block to execute, or null until the next L1 block is added.</summary>
    public SafeCandidate? Next()
    {
        while (pending is null && current is not null)
        {
            if (open is { } batch)
            {
                pending = NextOfBatch(batch.Batch, batch.Start, batch.Source);
            }
            else if (frameIndex < current.Frames.Count)
            {
                Read(current.Frames[frameIndex]);
                frameIndex++;
            }
            else
            {
                pending = Forced();
                current = pending is null ? null : current;
            }
        }

        return pending;
    }

    /// <summary>The candidate from <see cref="Next"/> is now the safe head.</summary>
    public void Accepted(Block head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var candidate = pending ?? throw new InvalidOperationException("no candidate is waiting");
        if (head.Number != safe.Number + 1 || head.Header.ParentHash != safe.Hash || head.Header.L1Origin != candidate.Attributes.L1Origin)
        {
            throw new ArgumentException($"block {head.Number} is not the candidate on top of safe block {safe.Number}", nameof(head));
        }

        pending = null;
        safe = head;
        blockIndex += candidate.Forced ? 0 : 1;
        origins.RemoveAll(origin => origin.Block.Number <= head.Header.L1Origin.Number);
    }

    /// <summary>Execution refused the candidate from <see cref="Next"/>: the rest of its batch is dropped.</summary>
    /// <exception cref="InvalidOperationException">The candidate was a forced block, which always applies.</exception>
    public void Refused(string reason)
    {
        var candidate = pending ?? throw new InvalidOperationException("no candidate is waiting");
        if (candidate.Forced)
        {
            throw new InvalidOperationException($"a forced block was refused: {reason}");
        }

        pending = null;
        EndBatch($"{candidate.Source}: block {safe.Number + 1} refused ({reason}); the rest of the batch is dropped");
    }

    /// <summary>What was dropped since the last call, with the reasons (for the node's log).</summary>
    public IReadOnlyList<string> TakeDropped()
    {
        var taken = dropped.ToArray();
        dropped.Clear();
        return taken;
    }

    private SafeCandidate? Forced()
    {
        var origin = origins.FirstOrDefault(candidate => candidate.Block.Number == safe.Header.L1Origin.Number + 1);
        if (origin is null || current!.Block.Number <= origin.Block.Number + window)
        {
            return null;
        }

        var attributes = new BlockAttributes(Math.Max(safe.Header.Timestamp, origin.Block.Timestamp), origin.Block.Origin, origin.OpeningTransactions());
        var resume = channel?.Start ?? new SafeCursor(current.Block.Number, current.Block.Hash, frameIndex);
        return new SafeCandidate(attributes, [], resume, Forced: true, $"forced by L1 block {current.Block.Number}: nothing posted for origin {origin.Block.Number} within {window} L1 blocks");
    }

    private SafeCandidate? EndBatch(string? reason)
    {
        if (reason is not null)
        {
            Drop(reason);
        }

        open = null;
        blockIndex = 0;
        return null;
    }

    private void Drop(string reason) => dropped.Add(reason);
}
