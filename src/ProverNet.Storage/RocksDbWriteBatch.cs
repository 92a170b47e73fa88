using RocksDbSharp;

namespace ProverNet.Storage;

/// <summary>A batch for <see cref="RocksDbStore"/>, backed by a native RocksDB <see cref="WriteBatch"/>.</summary>
internal sealed class RocksDbWriteBatch(RocksDbStore store) : IWriteBatch
{
    private readonly WriteBatch batch = new();
    private bool committed;

    /// <inheritdoc/>
    public int Count => batch.Count();

    /// <inheritdoc/>
    public void Put(ColumnFamily column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfCommitted();
        batch.Put(key, value, store.Handle(column));
    }

    /// <inheritdoc/>
    public void Delete(ColumnFamily column, ReadOnlySpan<byte> key)
    {
        ThrowIfCommitted();
        batch.Delete(key, store.Handle(column));
    }

    /// <inheritdoc/>
    public void Commit()
    {
        ThrowIfCommitted();
        committed = true;
        store.Write(batch);
    }

    /// <inheritdoc/>
    public void Dispose() => batch.Dispose();

    private void ThrowIfCommitted()
    {
        if (committed)
        {
            throw new InvalidOperationException("the batch was already committed; start a new one");
        }
    }
}
