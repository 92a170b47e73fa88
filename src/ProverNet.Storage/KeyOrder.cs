namespace ProverNet.Storage;

/// <summary>The key order of every store (unsigned bytes, lexicographic, as RocksDB's default comparator).</summary>
public sealed class KeyOrder : IComparer<byte[]>
{
    /// <summary>The one instance.</summary>
    public static KeyOrder Instance { get; } = new();

    private KeyOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);

    /// <summary>
    /// The smallest key greater than every key starting with <paramref name="prefix"/>: the prefix with its last
    /// non-0xFF byte incremented and the rest cut off; <see langword="null"/> (no bound) when the prefix is all 0xFF.
    /// </summary>
    public static byte[]? PrefixUpperBound(ReadOnlySpan<byte> prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] != 0xFF)
            {
                var bound = prefix[..(i + 1)].ToArray();
                bound[i]++;
                return bound;
            }
        }

        return null;
    }
}
