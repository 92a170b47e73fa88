using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// The second stage: for each block the traversal takes, the logs of the deployed contracts (bridge, staking, registry,
/// verifier — from the deployment record), read with one ranged request and checked to belong to that very block: a
/// log whose block hash differs was served from a branch L1 has left, which is a reset like any other reorg.
/// </summary>
public sealed class L1Retrieval
{
    private readonly L1Traversal traversal;
    private readonly IL1Source source;
    private readonly IReadOnlyList<Address> contracts;

    /// <summary>Reads the logs of <paramref name="contracts"/> from <paramref name="source"/> for the blocks <paramref name="traversal"/> takes.</summary>
    public L1Retrieval(L1Traversal traversal, IL1Source source, IReadOnlyList<Address> contracts)
    {
        ArgumentNullException.ThrowIfNull(traversal);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(contracts);
        this.traversal = traversal;
        this.source = source;
        this.contracts = [.. contracts];
    }

    /// <summary>The next L1 block and its logs, or null while no block is deep enough (ask again later).</summary>
    /// <exception cref="DerivationException">
    /// <see cref="DerivationErrorKind.Temporary"/>: L1 did not answer (the block stays to be read again);
    /// <see cref="DerivationErrorKind.Reset"/>: L1 reorganized, seen by the traversal or by a log of another block.
    /// </exception>
    public async Task<L1BlockLogs?> NextAsync(CancellationToken cancellationToken)
    {
        var before = traversal.Current;
        if (await traversal.NextAsync(cancellationToken).ConfigureAwait(false) is not { } block)
        {
            return null;
        }

        IReadOnlyList<L1Log> logs;
        try
        {
            logs = contracts.Count == 0 ? [] : await source.GetLogsAsync(block.Number, block.Number, contracts, cancellationToken).ConfigureAwait(false);
        }
        catch (L1UnavailableException unavailable)
        {
            // Nothing is consumed: the block is taken again on the next call.
            traversal.Reset(before);
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 retrieval of block {block.Number}: {unavailable.Message}", unavailable);
        }

        foreach (var log in logs)
        {
            if (log.BlockNumber != block.Number || log.BlockHash != block.Hash)
            {
                traversal.Reset(before);
                throw new DerivationException(
                    DerivationErrorKind.Reset,
                    $"L1 reorg: a log of block {log.BlockNumber} {log.BlockHash} was served for block {block.Number} {block.Hash}");
            }
        }

        return new L1BlockLogs(block, logs);
    }
}
