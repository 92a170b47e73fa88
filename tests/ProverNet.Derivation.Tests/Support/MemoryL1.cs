using ProverNet.Core;

namespace ProverNet.Derivation.Tests.Support;

/// <summary>An L1 chain in memory for the stages' own tests (the end-to-end tests run against anvil): grow it, fork it, take it down.</summary>
internal sealed class MemoryL1 : IL1Source
{
    private readonly List<L1BlockRef> blocks = [];
    private readonly List<L1Log> logs = [];

    public MemoryL1(int length)
    {
        blocks.Add(new L1BlockRef(0, Hash(0, fork: 0), Hash256.Zero, 1_000));
        Extend(length - 1, fork: 0);
    }

    public bool Down { get; set; }

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

    public Task<ulong> GetHeadNumberAsync(CancellationToken cancellationToken) =>
        Down ? throw new L1UnavailableException("connection refused") : Task.FromResult(blocks[^1].Number);

    public Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken) =>
        Down ? throw new L1UnavailableException("connection refused")
        : Task.FromResult(number < (ulong)blocks.Count ? blocks[(int)number] : (L1BlockRef?)null);

    /// <summary>Whether log reads fail while blocks are still served.</summary>
    public bool LogsDown { get; set; }

    /// <summary>A log served for its block number whatever the block's hash now is (a lagging L1 node may do that).</summary>
    public void Emit(L1Log log) => logs.Add(log);

    public Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken) =>
        Down || LogsDown ? throw new L1UnavailableException("connection refused")
        : Task.FromResult<IReadOnlyList<L1Log>>(
            [.. logs.Where(log => log.BlockNumber >= fromBlock && log.BlockNumber <= toBlock && addresses.Contains(log.Address)).OrderBy(log => (log.BlockNumber, log.LogIndex))]);

    private static Hash256 Hash(ulong number, int fork) => Keccak256.Hash(BitConverter.GetBytes(number).Concat(BitConverter.GetBytes(fork)).ToArray());
}
