namespace ProverNet.Storage;

/// <summary>
/// A byte-keyed store split into <see cref="ColumnFamily"/> column families. Keys are ordered as unsigned bytes,
/// lexicographically (a prefix sorts before its extensions), the same in every implementation.
/// </summary>
public interface IKeyValueStore : IDisposable
{
    /// <summary>The value stored under <paramref name="key"/>, or <see langword="null"/> when there is none.</summary>
    byte[]? Get(ColumnFamily column, ReadOnlySpan<byte> key);

    /// <summary>
    /// Copies the value into the start of <paramref name="destination"/> without allocating, for records of bounded
    /// size (state tree pages) on hot paths.
    /// </summary>
    /// <param name="column">The column family.</param>
    /// <param name="key">The key.</param>
    /// <param name="destination">Where the value goes; at least as long as any value that may be stored under the key.</param>
    /// <param name="length">The value's length (0 when the key is missing).</param>
    /// <returns><see langword="false"/> when the key is missing.</returns>
    /// <exception cref="InvalidDataException">The stored value is longer than <paramref name="destination"/>.</exception>
    bool TryGet(ColumnFamily column, ReadOnlySpan<byte> key, Span<byte> destination, out int length);

    /// <summary>
    /// Entries with <paramref name="fromInclusive"/> ≤ key &lt; <paramref name="toExclusive"/> in ascending byte order;
    /// a <see langword="null"/> upper bound means to the end. Dispose the enumerator (foreach does) to release it.
    /// </summary>
    IEnumerable<KeyValueEntry> Iterate(ColumnFamily column, byte[] fromInclusive, byte[]? toExclusive);

    /// <summary>A new, empty batch whose <see cref="IWriteBatch.Commit"/> applies it to this store.</summary>
    IWriteBatch StartBatch();
}
