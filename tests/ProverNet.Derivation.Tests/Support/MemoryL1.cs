using ProverNet.Core;

namespace ProverNet.Derivation.Tests.Support;

/// <summary>An L1 chain in memory for the stages' own tests (the end-to-end tests run against anvil): grow it, fork it, take it down.</summary>
internal sealed class MemoryL1 : IL1Source
{
    private readonly List<L1BlockRef> blocks = [];
    private readonly List<L1Log> logs = [];
    private readonly List<L1Transaction> transactions = [];

    public MemoryL1(int length)
    {
        blocks.Add(new L1BlockRef(0, Hash(0, fork: 0), Hash256.Zero, 1_000));
        Extend(length - 1, fork: 0);
    }

    public bool Down { get; set; }

    /// <summary>Whether log reads fail while blocks are still served.</summary>
    public bool LogsDown { get; set; }

    /// <summary>Calls made so far, answered or refused: each is a round trip to a real L1.</summary>
    public int Calls { get; private set; }

    /// <summary>Log reads made so far, answered or refused.</summary>
    public int LogReads { get; private set; }

    /// <summary>The ranges header reads asked for, in order.</summary>
    public List<(ulong From, ulong To)> HeaderReads { get; } = [];

    /// <summary>Called in a header read, after the head, before each block is read (L1 moving inside one batch).</summary>
    public Action<ulong>? BeforeReadingBlock { get; set; }

    public L1BlockRef this[ulong number] => blocks[(int)number];

    /// <summary>Adds <paramref name="count"/> blocks on top; <paramref name="fork"/> makes their hashes differ from another branch's.</summary>
    public void Extend(int count, int fork)
    {
        for (var i = 0; i < count; i++)
        {
            var parent = blocks[^1];
            blocks.Add(new L1BlockRef(parent.Number + 1, Hash(parent.Number + 1, fork), parent.Hash, parent.Timestamp + 12));
        }
    }

    /// <summary>Replaces every block from <paramref name="number"/> on with <paramref name="count"/> blocks of another branch.</summary>
    public void Reorg(ulong number, int count, int fork)
    {
        blocks.RemoveRange((int)number, blocks.Count - (int)number);
        Extend(count, fork);
    }

    /// <summary>A log served for its block number whatever the block's hash now is (a lagging L1 node may do that).</summary>
    public void Emit(L1Log log) => logs.Add(log);

    /// <summary>Each block's bloom holds every address that emitted a log served for its number, whatever that log's block hash.</summary>
    public Task<L1HeaderRange> GetHeadersAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken)
    {
        Answer();
        HeaderReads.Add((fromBlock, toBlock));
        var head = blocks[^1].Number;
        var headers = new List<L1BlockHeader>();
        for (var number = fromBlock; number <= toBlock; number++)
        {
            BeforeReadingBlock?.Invoke(number);
            if (number >= (ulong)blocks.Count)
            {
                break;
            }

            headers.Add(new L1BlockHeader(blocks[(int)number], L1LogsBloom.Of(logs.Where(log => log.BlockNumber == number).Select(log => log.Address))));
        }

        return Task.FromResult(new L1HeaderRange(head, headers));
    }

    public Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken)
    {
        Answer();
        return Task.FromResult(number < (ulong)blocks.Count ? blocks[(int)number] : (L1BlockRef?)null);
    }

    public Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken)
    {
        LogReads++;
        Answer();
        return LogsDown
            ? throw new L1UnavailableException("connection refused")
            : Task.FromResult<IReadOnlyList<L1Log>>(
                [.. logs.Where(log => log.BlockNumber >= fromBlock && log.BlockNumber <= toBlock && addresses.Contains(log.Address)).OrderBy(log => (log.BlockNumber, log.LogIndex))]);
    }

    /// <summary>A transaction L1 knows by its hash (included where its block fields say, or pending).</summary>
    public void Include(L1Transaction transaction) => transactions.Add(transaction);

    public Task<IReadOnlyList<L1Transaction?>> GetTransactionsAsync(IReadOnlyList<Hash256> hashes, CancellationToken cancellationToken)
    {
        Answer();
        return Task.FromResult<IReadOnlyList<L1Transaction?>>([.. hashes.Select(hash => transactions.LastOrDefault(transaction => transaction.Hash == hash))]);
    }

    private static Hash256 Hash(ulong number, int fork) => Keccak256.Hash(BitConverter.GetBytes(number).Concat(BitConverter.GetBytes(fork)).ToArray());

    private void Answer()
    {
        Calls++;
        if (Down)
        {
            throw new L1UnavailableException("connection refused");
        }
    }
}
