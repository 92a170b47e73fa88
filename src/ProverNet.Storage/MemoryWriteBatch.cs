namespace ProverNet.Storage;

/// <summary>A batch for <see cref="MemoryStore"/>: operations recorded in order and applied under the store's lock.</summary>
internal sealed class MemoryWriteBatch(MemoryStore store) : IWriteBatch
{
    private readonly List<Operation> operations = [];
    private bool committed;

    /// <inheritdoc/>
    public int Count => operations.Count;

    /// <inheritdoc/>
    public void Put(ColumnFamily column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) =>
        Record(new Operation(column, key.ToArray(), value.ToArray()));

    /// <inheritdoc/>
    public void Delete(ColumnFamily column, ReadOnlySpan<byte> key) => Record(new Operation(column, key.ToArray(), null));

    /// <inheritdoc/>
    public void Commit()
    {
        ThrowIfCommitted();
        committed = true;
        store.Apply(operations);
    }

    /// <inheritdoc/>
    public void Dispose() => operations.Clear();

    private void Record(Operation operation)
    {
        ThrowIfCommitted();
        if ((uint)operation.Column >= (uint)ColumnFamilies.All.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation.Column, "unknown column family");
        }

        operations.Add(operation);
    }

    private void ThrowIfCommitted()
    {
        if (committed)
        {
            throw new InvalidOperationException("the batch was already committed; start a new one");
        }
    }

    /// <summary>A put (value set) or a delete (value null).</summary>
    internal readonly record struct Operation(ColumnFamily Column, byte[] Key, byte[]? Value);
}
