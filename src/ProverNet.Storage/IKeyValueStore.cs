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
    /// Copies a value of exactly <c>destination.Length</c> bytes into <paramref name="destination"/> without allocating;
    /// for fixed-size records (hashes, tree nodes) on hot paths.
    /// </summary>
    /// <returns><see langword="false"/> when the key is missing.</returns>
    /// <exception cref="InvalidDataException">The stored value has another length.</exception>
    bool TryGetFixedSize(ColumnFamily column, ReadOnlySpan<byte> key, Span<byte> destination);

    /// <summary>
    /// Entries with <paramref name="fromInclusive"/> ≤ key &lt; <paramref name="toExclusive"/> in ascending byte order;
    /// a <see langword="null"/> upper bound means to the end. Dispose the enumerator (foreach does) to release it.
    /// </summary>
    IEnumerable<KeyValueEntry> Iterate(ColumnFamily column, byte[] fromInclusive, byte[]? toExclusive);

    /// <summary>A new, empty batch whose <see cref="IWriteBatch.Commit"/> applies it to this store.</summary>
    IWriteBatch StartBatch();
}
