using RocksDbSharp;

namespace ProverNet.Storage;

/// <summary>
/// A batch for <see cref="RocksDbStore"/>: operations are serialized in managed memory (<see cref="WriteBatchEncoder"/>)
/// and handed to RocksDB as one native <see cref="WriteBatch"/> at <see cref="Commit"/>.
/// </summary>
internal sealed class RocksDbWriteBatch(RocksDbStore store) : IWriteBatch
{
    private readonly WriteBatchEncoder encoder = new();
    private bool committed;

    /// <inheritdoc/>
    public int Count => encoder.Count;

    /// <inheritdoc/>
    public void Put(ColumnFamily column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfCommitted();
        encoder.Put(store.FamilyId(column), key, value);
    }

    /// <inheritdoc/>
    public void Delete(ColumnFamily column, ReadOnlySpan<byte> key)
    {
        ThrowIfCommitted();
        encoder.Delete(store.FamilyId(column), key);
    }

    /// <inheritdoc/>
    public void Commit()
    {
        ThrowIfCommitted();
        committed = true;
        using var batch = new WriteBatch(encoder.Buffer, encoder.Representation.Length);
        store.Write(batch);
    }

    /// <inheritdoc/>
    public void Dispose() => encoder.Dispose();

    private void ThrowIfCommitted()
    {
        if (committed)
        {
            throw new InvalidOperationException("the batch was already committed; start a new one");
        }
    }
}
