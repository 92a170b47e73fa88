using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// Sorted key/value entries split by the key's first byte — the kind of entry (<see cref="StateKeys"/>) — so a prefix
/// scan of one kind (the open bids, the jobs by deadline) walks that kind's entries only, not every change of the block.
/// Enumerated in overall key order: buckets by first byte, each sorted.
/// </summary>
internal sealed class KeyBuckets
{
    private readonly SortedDictionary<byte[], byte[]?>?[] buckets = new SortedDictionary<byte[], byte[]?>?[256];

    public bool TryGetValue(byte[] key, out byte[]? value)
    {
        if (buckets[FirstByte(key)] is { } bucket)
        {
            return bucket.TryGetValue(key, out value);
        }

        value = null;
        return false;
    }

    public void Set(byte[] key, byte[]? value) =>
        (buckets[FirstByte(key)] ??= new SortedDictionary<byte[], byte[]?>(KeyOrder.Instance))[key] = value;

    public void Remove(byte[] key) => buckets[FirstByte(key)]?.Remove(key);

    public void Clear()
    {
        foreach (var bucket in buckets)
        {
            bucket?.Clear();
        }
    }

    /// <summary>Every entry, in key order.</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]?>> All()
    {
        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            foreach (var entry in bucket)
            {
                yield return entry;
            }
        }
    }

    /// <summary>The entries whose key starts with <paramref name="prefix"/> (at least one byte), in key order.</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]?>> WithPrefix(byte[] prefix)
    {
        if (buckets[FirstByte(prefix)] is not { } bucket)
        {
            yield break;
        }

        foreach (var entry in bucket)
        {
            if (entry.Key.AsSpan().StartsWith(prefix))
            {
                yield return entry;
            }
        }
    }

    private static byte FirstByte(byte[] key) =>
        key.Length > 0 ? key[0] : throw new ArgumentException("state keys start with their kind byte; this one is empty", nameof(key));
}
