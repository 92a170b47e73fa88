using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Runs <c>eth_getLogs</c>: the log index narrows the search to the logs of the filter's addresses (or else of its
/// first constrained topic position), then each candidate is checked against the whole filter in its receipt. A filter
/// with neither reads every receipt of the range, which the range limit bounds.
/// </summary>
public sealed class LogQuery
{
    private readonly CommittedChain chain;
    private readonly ulong maxBlockRange;
    private readonly int maxResults;

    /// <summary>Queries <paramref name="chain"/> within the given limits.</summary>
    public LogQuery(CommittedChain chain, ulong maxBlockRange, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(chain);
        this.chain = chain;
        this.maxBlockRange = maxBlockRange;
        this.maxResults = maxResults;
    }

    /// <summary>The logs of blocks <paramref name="from"/>..<paramref name="to"/> (inclusive, already resolved) that pass <paramref name="filter"/>.</summary>
    /// <exception cref="RpcException">The range is reversed or too wide, or the result too large.</exception>
    public List<IndexedLog> Find(ulong from, ulong to, LogFilter filter, BlockReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(budget);
        if (from > to)
        {
            throw RpcException.InvalidParams($"invalid block range: fromBlock {from} is after toBlock {to}");
        }

        if (to - from >= maxBlockRange)
        {
            throw new RpcException(RpcErrorCodes.LimitExceeded, $"block range {from}..{to} spans {to - from + 1} blocks, more than the {maxBlockRange}-block limit: query a narrower range");
        }

        var results = new List<IndexedLog>();
        var blocks = new BlockCache(chain.Blocks);
        var candidates = Candidates(filter, from, to);
        if (candidates is null)
        {
            budget.Charge(to - from + 1);
            for (var number = from; number <= to; number++)
            {
                foreach (var log in blocks.Logs(number))
                {
                    Keep(results, filter, log);
                }
            }

            return results;
        }

        budget.Charge(DistinctBlocks(candidates));
        foreach (var location in candidates)
        {
            Keep(results, filter, blocks.Logs(location.BlockNumber)[location.LogIndex]);
        }

        return results;
    }

    private void Keep(List<IndexedLog> results, LogFilter filter, IndexedLog log)
    {
        if (!filter.Matches(log.Entry))
        {
            return;
        }

        if (results.Count == maxResults)
        {
            throw new RpcException(RpcErrorCodes.LimitExceeded, $"query returned more than {maxResults} results: narrow the block range or the filter");
        }

        results.Add(log);
    }

    private List<LogLocation>? Candidates(LogFilter filter, ulong from, ulong to)
    {
        // Only topics 1-3 (ids, addresses) are indexed; a filter on the address or the event alone reads the receipts.
        if (MostSelectiveIndexedPosition(filter) is not { } position)
        {
            return null;
        }

        var index = chain.Blocks.Logs;
        var candidates = new List<LogLocation>();
        foreach (var topic in filter.Topics[position]!)
        {
            candidates.AddRange(index.FindByTopic(position, topic, from, to));
        }

        // Several addresses or alternatives may name the same log; results come in chain order, once each.
        candidates.Sort(static (left, right) => (left.BlockNumber, left.LogIndex).CompareTo((right.BlockNumber, right.LogIndex)));
        var unique = new List<LogLocation>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (unique.Count == 0 || unique[^1] != candidate)
            {
                unique.Add(candidate);
            }
        }

        return unique;
    }

    private static ulong DistinctBlocks(List<LogLocation> sorted)
    {
        ulong blocks = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i].BlockNumber != sorted[i - 1].BlockNumber)
            {
                blocks++;
            }
        }

        return blocks;
    }

    // The indexed position with the fewest alternatives: each alternative is one index scan.
    private static int? MostSelectiveIndexedPosition(LogFilter filter)
    {
        int? best = null;
        for (var position = LogIndex.FirstIndexedTopic; position < filter.Topics.Count; position++)
        {
            if (filter.Topics[position] is { } alternatives && (best is null || alternatives.Count < filter.Topics[best.Value]!.Count))
            {
                best = position;
            }
        }

        return best;
    }

    /// <summary>The last block's logs read, since candidates come grouped by block.</summary>
    private sealed class BlockCache(BlockStore store)
    {
        private ulong number = ulong.MaxValue;
        private List<IndexedLog> logs = [];

        public List<IndexedLog> Logs(ulong blockNumber)
        {
            if (blockNumber != number)
            {
                var block = store.GetByNumber(blockNumber) ?? throw new InvalidDataException($"block {blockNumber} is indexed but not stored");
                IReadOnlyList<Receipt> receipts = store.GetReceipts(blockNumber) ?? [];
                logs = BlockLogs.Of(block, receipts);
                number = blockNumber;
            }

            return logs;
        }
    }
}
