namespace ProverNet.Storage;

/// <summary>Conveniences over <see cref="IKeyValueStore"/> that every implementation shares.</summary>
public static class KeyValueStoreExtensions
{
    /// <summary>Entries whose key starts with <paramref name="prefix"/>, in ascending byte order.</summary>
    public static IEnumerable<KeyValueEntry> IteratePrefix(this IKeyValueStore store, ColumnFamily column, byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(prefix);
        return store.Iterate(column, prefix, KeyOrder.PrefixUpperBound(prefix));
    }

    /// <summary>Commits a single put: for setup and metadata, not for anything that must be atomic with other writes.</summary>
    public static void Put(this IKeyValueStore store, ColumnFamily column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var batch = store.StartBatch();
        batch.Put(column, key, value);
        batch.Commit();
    }
}
