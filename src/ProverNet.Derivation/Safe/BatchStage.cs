using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Safe;

/// <summary>
/// The safe chain's stage: from the L1 blocks in order (with their inputs and the sequencer's batches) it gives the next
/// safe block to execute, by rules every node applies alike (docs/architecture.md §5, op-node's batch queue the model):
/// <list type="bullet">
/// <item>Batches are read in L1 order. One that does not decode, starts past the safe head's child (a future batch),
/// ends at or below the safe head (a stale one), names another parent than the safe block before its first, or whose
/// blocks at or below the safe head are not those safe blocks, is dropped whole.</item>
/// <item>A batch's blocks past the safe head are candidates one at a time. A block whose origin neither stays nor moves
/// to the next L1 block, whose origin L1 has not shown by the batch's own L1 block, or whose batch landed more than
/// <c>rollup.sequencingWindowL1Blocks</c> after its origin — or that execution refuses (<see cref="Refused"/>) — ends
/// the batch: it and the rest are dropped.</item>
/// <item>Once an L1 block's batches are read, if the L1 block after the safe head's origin is more than the window
/// behind it, the sequencer has posted nothing for it in time: derivation makes the block itself (forced inclusion),
/// with that origin's inputs, no user transactions, at the later of the parent's and the origin's time.</item>
/// </list>
/// Pull-based: <see cref="Next"/> gives a candidate, or null when it needs the next L1 block (<see cref="Add"/>); the
/// caller executes each candidate and says <see cref="Accepted"/> or <see cref="Refused"/>.
/// </summary>
public sealed class BatchStage
{
    private readonly ulong window;
    private readonly BatchLimits limits;
    private readonly Func<ulong, Block?> safeBlock;
    private readonly List<L1BlockInputs> origins = [];
    private readonly List<string> dropped = [];
    private Block safe;
    private L1Origin lastL1;
    private SafeCursor? resumeAt;
    private L1BlockInputs? current;
    private int batchIndex;
    private Batch? batch;
    private int blockIndex;
    private SafeCandidate? pending;

    /// <summary>Derives on top of <paramref name="safeHead"/>, reading from the L1 block after its origin, or resuming at <paramref name="cursor"/>.</summary>
    /// <param name="rollup">The chain's rollup settings (the sequencing window).</param>
    /// <param name="limits">What a batch may hold.</param>
    /// <param name="safeHead">The safe head to derive on.</param>
    /// <param name="cursor">Where derivation stood when it made <paramref name="safeHead"/>; null for genesis.</param>
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
        lastL1 = safeHead.Header.L1Origin;
        resumeAt = cursor;
    }

    /// <summary>The safe head derivation builds on.</summary>
    public Block SafeHead => safe;

    /// <summary>The number of the L1 block <see cref="Add"/> takes next.</summary>
    public ulong NextL1Number => lastL1.Number + 1;

    /// <summary>The last L1 block added.</summary>
    public L1Origin LastL1 => lastL1;

    /// <summary>Takes the next L1 block.</summary>
    /// <exception cref="DerivationException">Reset: it does not follow the last one, or it is not the block derivation resumes at.</exception>
    public void Add(L1BlockInputs block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Block.Number != lastL1.Number + 1 || block.Block.ParentHash != lastL1.Hash)
        {
            throw new DerivationException(DerivationErrorKind.Reset, $"L1 block {block.Block.Number} {block.Block.Hash} does not follow L1 block {lastL1.Number} {lastL1.Hash}");
        }

        if (current is not null)
        {
            throw new InvalidOperationException($"L1 block {current.Block.Number} is not all read: take candidates until there is none");
        }

        lastL1 = block.Block.Origin;
        origins.Add(block);
        current = block;
        batchIndex = 0;
        if (resumeAt is { } cursor && block.Block.Number <= cursor.L1Number)
        {
            // Before the cursor's block, the batches were all read when the safe head was made; at it, those before its batch.
            if (block.Block.Number == cursor.L1Number && block.Block.Hash != cursor.L1Hash)
            {
                throw new DerivationException(DerivationErrorKind.Reset, $"L1 block {cursor.L1Number} is now {block.Block.Hash}, not {cursor.L1Hash} where derivation stood");
            }

            batchIndex = block.Block.Number == cursor.L1Number ? Math.Min(cursor.Batch, block.Batches.Count) : block.Batches.Count;
            resumeAt = block.Block.Number == cursor.L1Number ? null : resumeAt;
        }
    }

    /// <summary>The next safe block to execute, or null until the next L1 block is added.</summary>
    public SafeCandidate? Next()
    {
        if (pending is not null)
        {
            return pending;
        }

        while (current is not null)
        {
            if (batch is not null)
            {
                pending = NextOfBatch(batch);
                if (pending is not null)
                {
                    return pending;
                }

                continue;
            }

            if (batchIndex < current.Batches.Count)
            {
                batch = Open(current.Batches[batchIndex]);
                if (batch is null)
                {
                    batchIndex++;
                }

                continue;
            }

            pending = Forced();
            return pending;
        }

        return null;
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
        Drop($"{candidate.Source}: block {safe.Number + 1} refused ({reason}); the rest of the batch is dropped");
        EndBatch();
    }

    /// <summary>What was dropped since the last call, with the reasons (for the node's log).</summary>
    public IReadOnlyList<string> TakeDropped()
    {
        var taken = dropped.ToArray();
        dropped.Clear();
        return taken;
    }

    private SafeCandidate? NextOfBatch(Batch open)
    {
        var source = $"batch {current!.Batches[batchIndex].InboxIndex} in L1 block {current.Block.Number}";
        if (blockIndex == open.Blocks.Count)
        {
            EndBatch();
            return null;
        }

        var block = open.Blocks[blockIndex];
        var origin = safe.Header.L1Origin;
        L1BlockInputs? next = null;
        if (block.L1OriginNumber == origin.Number + 1)
        {
            next = origins.FirstOrDefault(candidate => candidate.Block.Number == block.L1OriginNumber);
            if (next is null)
            {
                return EndBatch($"{source}: block {safe.Number + 1} takes L1 block {block.L1OriginNumber} as origin, which the batch's own L1 block does not follow");
            }
        }

        if (current.Block.Number > block.L1OriginNumber + window)
        {
            return EndBatch($"{source}: block {safe.Number + 1} landed {current.Block.Number - block.L1OriginNumber} L1 blocks after its origin {block.L1OriginNumber}, past the sequencing window of {window}");
        }

        BlockAttributes? attributes;
        try
        {
            attributes = BatchAttributes.For(safe.Header, block, next);
        }
        catch (InvalidBlockException invalid)
        {
            return EndBatch($"{source}: {invalid.Message}");
        }

        return new SafeCandidate(attributes!, [.. block.Transactions.Select(transaction => (ReadOnlyMemory<byte>)transaction)], Cursor(), Forced: false, source);
    }

    // The batch decoded and positioned at the safe head's child, or null when it is dropped.
    private Batch? Open(PostedBatch posted)
    {
        var source = $"batch {posted.InboxIndex} in L1 block {current!.Block.Number}";
        Batch decoded;
        try
        {
            decoded = BatchDecoder.Decode(posted.Data, limits);
        }
        catch (BatchDecodingException undecodable)
        {
            Drop($"{source}: {undecodable.Message}");
            return null;
        }

        var next = safe.Number + 1;
        if (decoded.FirstNumber > next || decoded.LastNumber < next)
        {
            Drop($"{source}: blocks {decoded.FirstNumber} to {decoded.LastNumber} do not take the safe head {safe.Number} further");
            return null;
        }

        if (Overlap(decoded) is { } mismatch)
        {
            Drop($"{source}: {mismatch}");
            return null;
        }

        blockIndex = (int)(next - decoded.FirstNumber);
        return decoded;
    }

    // Null when the batch's parent and its blocks at or below the safe head are the safe chain's; otherwise why not.
    private string? Overlap(Batch decoded)
    {
        var parentHash = decoded.FirstNumber - 1 == safe.Number ? safe.Hash : safeBlock(decoded.FirstNumber - 1)?.Hash;
        if (parentHash != decoded.ParentHash)
        {
            return $"its parent {decoded.ParentHash} is not safe block {decoded.FirstNumber - 1}";
        }

        for (var number = decoded.FirstNumber; number <= safe.Number; number++)
        {
            var stored = safeBlock(number);
            var sequenced = decoded.Blocks[(int)(number - decoded.FirstNumber)];
            if (stored is null || !SameBlock(SequencedBlock.Of(stored), sequenced))
            {
                return $"its block {number} is not safe block {number}";
            }
        }

        return null;
    }

    private SafeCandidate? Forced()
    {
        var origin = origins.FirstOrDefault(candidate => candidate.Block.Number == safe.Header.L1Origin.Number + 1);
        if (origin is null || current!.Block.Number <= origin.Block.Number + window)
        {
            current = null;
            return null;
        }

        var attributes = new BlockAttributes(Math.Max(safe.Header.Timestamp, origin.Block.Timestamp), origin.Block.Origin, origin.OpeningTransactions());
        return new SafeCandidate(attributes, [], Cursor(), Forced: true, $"forced by L1 block {current.Block.Number}: nothing posted for origin {origin.Block.Number} within {window} L1 blocks");
    }

    private SafeCursor Cursor() => new(current!.Block.Number, current.Block.Hash, batchIndex);

    private SafeCandidate? EndBatch(string reason)
    {
        Drop(reason);
        EndBatch();
        return null;
    }

    private void EndBatch()
    {
        batch = null;
        blockIndex = 0;
        batchIndex++;
    }

    private void Drop(string reason) => dropped.Add(reason);

    private static bool SameBlock(SequencedBlock a, SequencedBlock b) =>
        a.Timestamp == b.Timestamp && a.L1OriginNumber == b.L1OriginNumber && a.Transactions.Count == b.Transactions.Count
        && a.Transactions.Zip(b.Transactions).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
}
