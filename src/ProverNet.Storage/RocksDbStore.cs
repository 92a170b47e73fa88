using RocksDbSharp;

namespace ProverNet.Storage;

/// <summary>
/// An <see cref="IKeyValueStore"/> on one RocksDB database with a column family per <see cref="ColumnFamily"/> value,
/// created on first open. Atomicity comes from RocksDB's write batch: one WAL record per <see cref="IWriteBatch.Commit"/>,
/// replayed whole or not at all after a crash. Thread-safe for concurrent reads and commits.
/// </summary>
public sealed class RocksDbStore : IKeyValueStore
{
    private readonly RocksDb database;
    private readonly ColumnFamilyHandle[] handles;
    private readonly uint[] familyIds;
    private readonly WriteOptions writeOptions;
    private readonly ReadOptions readOptions = new();

    private RocksDbStore(RocksDb database, ColumnFamilyHandle[] handles, WriteOptions writeOptions)
    {
        this.database = database;
        this.handles = handles;
        familyIds = [.. handles.Select(handle => Native.Instance.rocksdb_column_family_handle_get_id(handle.Handle))];
        this.writeOptions = writeOptions;
    }

    /// <summary>The database directory.</summary>
    public string Directory => database.Path;

    /// <summary>Opens (creating if missing) the database in <paramref name="directory"/> with default options.</summary>
    public static RocksDbStore Open(string directory) => Open(directory, RocksDbStoreOptions.Default);

    /// <summary>Opens (creating if missing) the database in <paramref name="directory"/>.</summary>
    public static RocksDbStore Open(string directory, RocksDbStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        StoreOpenErrors.CreateDirectory(directory);

        // Index and filter blocks stay with their open table files, outside the LRU cache: in it, a state tree larger than
        // the cache evicted them and every point read reloaded MB-sized blocks (26 s instead of 0.7 s per 20,000-key block
        // at 1M keys; src/ProverNet.Chain/State/README.md). Kept open they cost a few MB per GB of data.
        var tableOptions = new BlockBasedTableOptions()
            .SetBlockCache(Cache.CreateLru(options.BlockCacheBytes))
            .SetFilterPolicy(BloomFilterPolicy.Create(10, false)) // point reads dominate: tree nodes, blocks by number
            .SetCacheIndexAndFilterBlocks(false)
            .SetFormatVersion(5);

        var columnFamilies = new RocksDbSharp.ColumnFamilies();
        foreach (var column in ColumnFamilies.All)
        {
            columnFamilies.Add(ColumnFamilies.NameOf(column), new ColumnFamilyOptions().SetBlockBasedTableFactory(tableOptions));
        }

        var databaseOptions = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .IncreaseParallelism(options.BackgroundThreads)
            .SetMaxOpenFiles(512)
            .SetKeepLogFileNum(2)
            .SetMaxTotalWalSize(64UL << 20)
            .SetParanoidChecks(true)
            // A damaged or cut log must stop the open: the default (point-in-time) mode silently replays up to the damage
            // and drops every later batch — blocks the node had already published. A kill -9 leaves no torn record (the
            // OS holds what was written); a torn tail after a power loss is refused too, and the head marker says so.
            .SetWalRecoveryMode(Recovery.AbsoluteConsistency);

        var database = OpenOrExplain(databaseOptions, directory, columnFamilies);
        var handles = ColumnFamilies.All.Select(column => database.GetColumnFamily(ColumnFamilies.NameOf(column))).ToArray();
        return new RocksDbStore(database, handles, new WriteOptions().SetSync(options.SyncWrites));
    }

    /// <summary>
    /// Reads every table file and checks its block checksums (RocksDB's <c>VerifyChecksum</c>): bytes damaged inside a
    /// file are otherwise found only when a read reaches them.
    /// </summary>
    /// <exception cref="StoreDamagedException">A checksum does not match or a file cannot be read; the message names it.</exception>
    public void VerifyChecksums()
    {
        Native.Instance.rocksdb_verify_checksum(database.Handle, out var error);
        if (error != IntPtr.Zero)
        {
            throw new StoreDamagedException($"{Directory}: {new RocksDbException(error).Message}");
        }
    }

    /// <summary>Writes every column family's memtable to table files and waits for it (before a copy or a check).</summary>
    public void Flush()
    {
        var options = new FlushOptions().SetWaitForFlush(true);
        foreach (var handle in handles)
        {
            Native.Instance.rocksdb_flush_cf(database.Handle, options.Handle, handle.Handle, out var error);
            if (error != IntPtr.Zero)
            {
                throw new RocksDbException(error);
            }
        }
    }

    /// <inheritdoc/>
    public byte[]? Get(ColumnFamily column, ReadOnlySpan<byte> key)
    {
        try
        {
            return database.Get(key, Handle(column), readOptions);
        }
        catch (RocksDbException failure)
        {
            throw ReadFailure(failure);
        }
    }

    /// <inheritdoc/>
    public unsafe bool TryGet(ColumnFamily column, ReadOnlySpan<byte> key, Span<byte> destination, out int length)
    {
        // Copies out of a pinned slice: no managed allocation, unlike Get.
        IntPtr slice, error;
        fixed (byte* keyBytes = key)
        {
            slice = Native.Instance.rocksdb_get_pinned_cf(database.Handle, readOptions.Handle, Handle(column).Handle, keyBytes, (UIntPtr)key.Length, out error);
        }

        if (error != IntPtr.Zero)
        {
            throw ReadFailure(new RocksDbException(error));
        }

        if (slice == IntPtr.Zero)
        {
            length = 0;
            return false;
        }

        try
        {
            var value = Native.Instance.rocksdb_pinnableslice_value(slice, out var valueLength);
            if (valueLength > (UIntPtr)destination.Length)
            {
                throw new InvalidDataException($"a {valueLength}-byte value does not fit the {destination.Length}-byte buffer");
            }

            length = (int)valueLength;
            new ReadOnlySpan<byte>((void*)value, length).CopyTo(destination);
            return true;
        }
        finally
        {
            Native.Instance.rocksdb_pinnableslice_destroy(slice);
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValueEntry> Iterate(ColumnFamily column, byte[] fromInclusive, byte[]? toExclusive)
    {
        ArgumentNullException.ThrowIfNull(fromInclusive);
        return IterateCore(Handle(column), fromInclusive, toExclusive);
    }

    /// <inheritdoc/>
    public IWriteBatch StartBatch() => new RocksDbWriteBatch(this);

    /// <inheritdoc/>
    public void Dispose() => database.Dispose();

    /// <summary>The RocksDB handle of a column family (also validates the enum value).</summary>
    internal ColumnFamilyHandle Handle(ColumnFamily column) => handles[IndexOf(column)];

    /// <summary>The RocksDB id of a column family, as write batch records name it.</summary>
    internal uint FamilyId(ColumnFamily column) => familyIds[IndexOf(column)];

    /// <summary>Writes a batch as one atomic WAL record.</summary>
    internal void Write(WriteBatch batch) => database.Write(batch, writeOptions);

    /// <summary>Opens the database, turning RocksDB's open failures into errors that say what is wrong and what to do.</summary>
    private static RocksDb OpenOrExplain(DbOptions options, string directory, RocksDbSharp.ColumnFamilies columnFamilies)
    {
        try
        {
            return RocksDb.Open(options, directory, columnFamilies);
        }
        catch (RocksDbException failure)
        {
            throw StoreOpenErrors.Explain(directory, failure.Message);
        }
    }

    /// <summary>A read that hit damaged bytes (a checksum mismatch) is a damaged store, not a passing I/O hiccup.</summary>
    private Exception ReadFailure(RocksDbException failure) =>
        failure.Message.StartsWith("Corruption", StringComparison.Ordinal)
            ? new StoreDamagedException($"the store in {Directory} is damaged: {failure.Message}", failure)
            : failure;

    private int IndexOf(ColumnFamily column) =>
        (uint)column < (uint)handles.Length
            ? (int)column
            : throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column family");

    private IEnumerable<KeyValueEntry> IterateCore(ColumnFamilyHandle handle, byte[] fromInclusive, byte[]? toExclusive)
    {
        // An implicit snapshot per iterator: a concurrent commit is either wholly visible or not at all.
        var options = new ReadOptions();
        if (toExclusive is not null)
        {
            options.SetIterateUpperBound(toExclusive);
        }

        using var iterator = database.NewIterator(handle, options);
        for (iterator.Seek(fromInclusive); iterator.Valid(); iterator.Next())
        {
            yield return new KeyValueEntry(iterator.Key(), iterator.Value());
        }
    }
}
