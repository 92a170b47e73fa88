using ProverNet.Chain.Blocks;

namespace ProverNet.Derivation;

/// <summary>
/// The first stage: walks the canonical L1 chain one block at a time, only through blocks at least
/// <c>confirmations</c> deep, and checks that each follows the one before by its parent hash — the way derivation
/// notices that L1 reorganized under it. Pull-based: the next stage asks for the next block when it is ready for it.
/// </summary>
public sealed class L1Traversal
{
    private readonly IL1Source source;
    private readonly ulong confirmations;

    /// <summary>Walks <paramref name="source"/> from <paramref name="origin"/> (already taken: the next block is the one after it).</summary>
    /// <param name="source">The L1 chain.</param>
    /// <param name="origin">The last L1 block already derived from, e.g. the genesis' L1 origin.</param>
    /// <param name="confirmations">How many blocks must follow a block before it is taken (0: the head itself).</param>
    public L1Traversal(IL1Source source, L1Origin origin, ulong confirmations)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
        this.confirmations = confirmations;
        Current = origin;
    }

    /// <summary>The newest L1 block number L1 reported, or null before the first answer.</summary>
    public ulong? L1Head { get; private set; }

    /// <summary>The last L1 block taken.</summary>
    public L1Origin Current { get; private set; }

    /// <summary>
    /// The L1 block after <see cref="Current"/>, once it is <c>confirmations</c> deep, or null while it is not (ask again
    /// later). It becomes <see cref="Current"/>.
    /// </summary>
    /// <exception cref="DerivationException">
    /// <see cref="DerivationErrorKind.Temporary"/>: L1 did not answer, or lost the block between two calls;
    /// <see cref="DerivationErrorKind.Reset"/>: the next block does not follow <see cref="Current"/> — L1 reorganized.
    /// </exception>
    public async Task<L1BlockRef?> NextAsync(CancellationToken cancellationToken)
    {
        var number = Current.Number + 1;
        L1BlockRef? next;
        try
        {
            // The head is asked for only when the block is not known to be deep enough: catching up costs one call a block.
            if (L1Head is not { } known || !IsDeepEnough(number, known))
            {
                var head = await source.GetHeadNumberAsync(cancellationToken).ConfigureAwait(false);
                L1Head = head;
                if (!IsDeepEnough(number, head))
                {
                    return null;
                }
            }

            next = await source.GetBlockByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        }
        catch (L1UnavailableException unavailable)
        {
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 traversal at block {number}: {unavailable.Message}", unavailable);
        }

        if (next is not { } block)
        {
            L1Head = null;
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 traversal: block {number} is below the L1 head but L1 did not return it");
        }

        if (block.ParentHash != Current.Hash)
        {
            throw new DerivationException(
                DerivationErrorKind.Reset,
                $"L1 reorg: block {number}'s parent is {block.ParentHash}, not block {Current.Number} {Current.Hash} that was derived from");
        }

        Current = block.Origin;
        return block;
    }

    /// <summary>Starts again from <paramref name="origin"/>, after a reset found the last L1 block that is still canonical.</summary>
    public void Reset(L1Origin origin) => Current = origin;

    private bool IsDeepEnough(ulong number, ulong head) => head >= confirmations && number <= head - confirmations;
}
