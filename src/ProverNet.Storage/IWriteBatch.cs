namespace ProverNet.Storage;

/// <summary>
/// Writes collected across column families and applied together by <see cref="Commit"/>: after a crash either all of
/// them are visible or none is. Writes are not visible to reads until committed. Not thread-safe.
/// </summary>
public interface IWriteBatch : IDisposable
{
    /// <summary>Operations recorded so far.</summary>
    int Count { get; }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> (both copied).</summary>
    void Put(ColumnFamily column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes <paramref name="key"/>; removing a missing key is not an error.</summary>
    void Delete(ColumnFamily column, ReadOnlySpan<byte> key);

    /// <summary>Applies every recorded operation atomically, in recording order (a later write to a key wins).</summary>
    /// <exception cref="InvalidOperationException">The batch was already committed.</exception>
    void Commit();
}
