using ProverNet.Chain.Blocks;
using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// The second stage: for each block the traversal takes, the logs of the deployed contracts (bridge, staking, registry,
/// verifier — from the deployment record). For each run of blocks the traversal reads, the logs come from one ranged
/// request, over only the blocks whose bloom may hold a log of those contracts (none for a run of empty blocks), and
/// each is checked to belong to its very block: a log whose block hash differs was served from a branch L1 has left,
/// which is a reset like any other reorg. With the batch inbox given, the transactions behind its logs come too (one
/// more request for a run that holds any): a batch is that transaction's calldata. The blocks of a run wait here until
/// the next stage asks for them.
/// </summary>
public sealed class L1Retrieval
{
    private readonly L1Traversal traversal;
    private readonly IL1Source source;
    private readonly IReadOnlyList<Address> contracts;
    private readonly L1BloomQuery followed;
    private readonly Address? inbox;
    private readonly Queue<L1BlockLogs> retrieved = new();

    /// <summary>
    /// Reads the logs of <paramref name="contracts"/> from <paramref name="source"/> for the blocks <paramref name="traversal"/>
    /// takes, and the transactions behind the logs of <paramref name="inbox"/> (one of the contracts) when it is given.
    /// </summary>
    public L1Retrieval(L1Traversal traversal, IL1Source source, IReadOnlyList<Address> contracts, Address? inbox = null)
    {
        ArgumentNullException.ThrowIfNull(traversal);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(contracts);
        this.traversal = traversal;
        this.source = source;
        this.contracts = [.. contracts];
        followed = new L1BloomQuery(this.contracts);
        if (inbox is { } address && !this.contracts.Contains(address))
        {
            throw new ArgumentException("the inbox must be one of the contracts whose logs are read", nameof(inbox));
        }

        this.inbox = inbox;
    }

    /// <summary>The next L1 block and its logs, or null while no block is deep enough (ask again later).</summary>
    /// <exception cref="DerivationException">
    /// <see cref="DerivationErrorKind.Temporary"/>: L1 did not answer (the blocks stay to be read again);
    /// <see cref="DerivationErrorKind.Reset"/>: L1 reorganized, seen by the traversal or by a log of another block.
    /// </exception>
    public async Task<L1BlockLogs?> NextAsync(CancellationToken cancellationToken)
    {
        if (retrieved.Count == 0)
        {
            await RetrieveAsync(cancellationToken).ConfigureAwait(false);
        }

        return retrieved.TryDequeue(out var next) ? next : null;
    }

    /// <summary>Drops what was retrieved and starts again from <paramref name="origin"/> (see <see cref="L1Traversal.Reset"/>).</summary>
    public void Reset(L1Origin origin)
    {
        retrieved.Clear();
        traversal.Reset(origin);
    }

    private async Task RetrieveAsync(CancellationToken cancellationToken)
    {
        var before = traversal.Current;
        var blocks = await traversal.NextRangeAsync(cancellationToken).ConfigureAwait(false);
        if (blocks.Count == 0)
        {
            return;
        }

        var logs = await LogsAsync(blocks, before, cancellationToken).ConfigureAwait(false);
        var transactions = await InboxTransactionsAsync(logs, before, cancellationToken).ConfigureAwait(false);
        var next = 0;
        foreach (var header in blocks)
        {
            var block = header.Block;
            var own = new List<L1Log>();
            for (; next < logs.Count && logs[next].BlockNumber == block.Number; next++)
            {
                if (logs[next].BlockHash != block.Hash)
                {
                    Refuse(before, $"L1 reorg: a log of block {block.Number} {logs[next].BlockHash} was served for block {block.Number} {block.Hash}");
                }

                own.Add(logs[next]);
            }

            retrieved.Enqueue(new L1BlockLogs(block, own, [.. transactions.Where(transaction => transaction.BlockNumber == block.Number)]));
        }

        if (next < logs.Count)
        {
            Refuse(before, $"L1 reorg: a log of block {logs[next].BlockNumber} {logs[next].BlockHash} was served for blocks {blocks[0].Block.Number} to {blocks[^1].Block.Number}");
        }
    }

    // The logs of the blocks whose bloom may hold one of the contracts', in one request from the first such block to the last.
    private async Task<IReadOnlyList<L1Log>> LogsAsync(IReadOnlyList<L1BlockHeader> blocks, L1Origin before, CancellationToken cancellationToken)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].LogsBloom.MayContainAny(followed))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        // Without contracts a filter would match every log on L1, so there is nothing to ask.
        if (first < 0 || contracts.Count == 0)
        {
            return [];
        }

        try
        {
            return await source.GetLogsAsync(blocks[first].Block.Number, blocks[last].Block.Number, contracts, cancellationToken).ConfigureAwait(false);
        }
        catch (L1UnavailableException unavailable)
        {
            // Nothing is consumed: the blocks are read again on the next call.
            traversal.Reset(before);
            throw new DerivationException(
                DerivationErrorKind.Temporary, $"L1 retrieval of blocks {blocks[first].Block.Number} to {blocks[last].Block.Number}: {unavailable.Message}", unavailable);
        }
    }

    // The transactions behind the inbox's logs, each checked to be included in the block of its log.
    private async Task<IReadOnlyList<L1Transaction>> InboxTransactionsAsync(IReadOnlyList<L1Log> logs, L1Origin before, CancellationToken cancellationToken)
    {
        var posted = logs.Where(log => log.Address == inbox).DistinctBy(log => log.TransactionHash).ToList();
        if (posted.Count == 0)
        {
            return [];
        }

        IReadOnlyList<L1Transaction?> found;
        try
        {
            found = await source.GetTransactionsAsync([.. posted.Select(log => log.TransactionHash)], cancellationToken).ConfigureAwait(false);
        }
        catch (L1UnavailableException unavailable)
        {
            traversal.Reset(before);
            throw new DerivationException(DerivationErrorKind.Temporary, $"L1 retrieval of {posted.Count} inbox transactions: {unavailable.Message}", unavailable);
        }

        var transactions = new List<L1Transaction>(posted.Count);
        for (var i = 0; i < posted.Count; i++)
        {
            // A transaction L1 no longer has, or has elsewhere, was reorganized away between the two requests.
            if (i >= found.Count || found[i] is not { } transaction || transaction.Hash != posted[i].TransactionHash
                || transaction.BlockNumber != posted[i].BlockNumber || transaction.BlockHash != posted[i].BlockHash)
            {
                Refuse(before, $"L1 reorg: inbox transaction {posted[i].TransactionHash} is no longer in block {posted[i].BlockNumber} {posted[i].BlockHash}");
                return [];
            }

            transactions.Add(transaction);
        }

        return transactions;
    }

    private void Refuse(L1Origin before, string reason)
    {
        retrieved.Clear();
        traversal.Reset(before);
        throw new DerivationException(DerivationErrorKind.Reset, reason);
    }
}
