namespace ProverNet.Storage;

/// <summary>Tunables of <see cref="RocksDbStore"/>; the defaults suit a small (2-core) node.</summary>
/// <param name="SyncWrites">
/// fsync the write-ahead log on every batch commit. Off, a committed batch survives a killed process (the OS holds the
/// log) but the last few may be lost on power failure; never is a batch applied partially either way.
/// </param>
/// <param name="BlockCacheBytes">Shared LRU block cache for all column families.</param>
/// <param name="BackgroundThreads">Threads for flushes and compactions.</param>
public readonly record struct RocksDbStoreOptions(bool SyncWrites, ulong BlockCacheBytes, int BackgroundThreads)
{
    /// <summary>No fsync per commit, 64 MiB cache, 2 background threads.</summary>
    public static RocksDbStoreOptions Default => new(SyncWrites: false, BlockCacheBytes: 64UL << 20, BackgroundThreads: 2);
}
