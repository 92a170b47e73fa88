using ProverNet.Chain.Blocks;

namespace ProverNet.Derivation;

/// <summary>
/// The first stage: walks the canonical L1 chain, only through blocks at least <c>confirmations</c> deep, and checks
/// that each follows the one before by its parent hash — the way derivation notices that L1 reorganized under it.
/// It reads ahead: while the head is known to be far enough ahead, one round trip brings up to <c>readAhead</c> blocks
/// (and a fresh head); at the tip, one round trip asks for the head and the next block together. Pull-based: the next
/// stage asks for the next run of blocks when it is ready for it.
/// </summary>
public sealed class L1Traversal
{
    /// <summary>The most blocks one read brings, unless the caller says otherwise.</summary>
    public const int DefaultReadAhead = 100;

    private readonly IL1Source source;
    private readonly ulong confirmations;
    private readonly ulong readAhead;

    /// <summary>Walks <paramref name="source"/> from <paramref name="origin"/> (already taken: the next block is the one after it).</summary>
    /// <param name="source">The L1 chain.</param>
    /// <param name="origin">The last L1 block already derived from, e.g. the genesis' L1 origin.</param>
    /// <param name="confirmations">How many blocks must follow a block before it is taken (0: the head itself).</param>
    /// <param name="readAhead">The most blocks one read brings.</param>
    public L1Traversal(IL1Source source, L1Origin origin, ulong confirmations, int readAhead = DefaultReadAhead)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(readAhead, 1);
        this.source = source;
        this.confirmations = confirmations;
        this.readAhead = (ulong)readAhead;
        Current = origin;
    }

    /// <summary>The newest L1 block number L1 reported, or null before the first answer.</summary>
    public ulong? L1Head { get; private set; }

    /// <summary>The last L1 block taken.</summary>
    public L1Origin Current { get; private set; }

    /// <summary>
    /// The next blocks after <see cref="Current"/> that are <c>confirmations</c> deep, in order, each the parent of the
    /// next — at least one, at most <c>readAhead</c> — or none while the next block is not deep enough (ask again
    /// later). The last becomes <see cref="Current"/>.
    /// </summary>
    /// <exception cref="DerivationException">
    /// <see cref="DerivationErrorKind.Temporary"/>: L1 did not answer, or lost the block between two calls (nothing is
    /// taken); <see cref="DerivationErrorKind.Reset"/>: the next block does not follow <see cref="Current"/> — L1 reorganized.
    /// </exception>
    public async Task<IReadOnlyList<L1BlockHeader>> NextRangeAsync(CancellationToken cancellationToken)
    {
        var number = Current.Number + 1;
        // Catching up, the blocks known to be deep enough come in one read; at the tip the read is a probe of the next
        // block, answered with the head in the same round trip.
        var last = L1Head is { } known && IsDeepEnough(number, known) ? Math.Min(known - confirmations, number + readAhead - 1) : number;
        L1HeaderRange read;
        try
        {
            read = await source.GetHeadersAsync(number, last, cancellationToken).ConfigureAwait(false);
        }
        catch (L1UnavailableException unavailable)
        {
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 traversal at block {number}: {unavailable.Message}", unavailable);
        }

        L1Head = read.Head;
        if (!IsDeepEnough(number, read.Head))
        {
            return [];
        }

        var taken = Chain(read.Blocks, number, read.Head - confirmations);
        if (taken.Count == 0)
        {
            L1Head = null;
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 traversal: block {number} is below the L1 head but L1 did not return it");
        }

        if (taken[0].Block.ParentHash != Current.Hash)
        {
            throw new DerivationException(
                DerivationErrorKind.Reset,
                $"L1 reorg: block {number}'s parent is {taken[0].Block.ParentHash}, not block {Current.Number} {Current.Hash} that was derived from");
        }

        Current = taken[^1].Block.Origin;
        return taken;
    }

    /// <summary>Starts again from <paramref name="origin"/>, after a reset found the last L1 block that is still canonical.</summary>
    public void Reset(L1Origin origin) => Current = origin;

    // The run of blocks from `first` to at most `deepest` that follow each other. A break inside one read is L1
    // reorganizing between its parts: the run ends there, and the next read checks the block after it against it.
    private static List<L1BlockHeader> Chain(IReadOnlyList<L1BlockHeader> blocks, ulong first, ulong deepest)
    {
        var taken = new List<L1BlockHeader>(blocks.Count);
        foreach (var header in blocks)
        {
            var expected = first + (ulong)taken.Count;
            if (expected > deepest || header.Block.Number != expected || (taken.Count > 0 && header.Block.ParentHash != taken[^1].Block.Hash))
            {
                break;
            }

            taken.Add(header);
        }

        return taken;
    }

    private bool IsDeepEnough(ulong number, ulong head) => head >= confirmations && number <= head - confirmations;
}
