namespace ProverNet.Storage;

/// <summary>
/// An in-memory <see cref="IKeyValueStore"/> with the same ordering and batch semantics as <see cref="RocksDbStore"/>,
/// for tests and tools. Sorted per column family so iteration order matches the disk store exactly.
/// </summary>
public sealed class MemoryStore : IKeyValueStore
{
    private readonly SortedDictionary<byte[], byte[]>[] columns;
    private readonly Lock gate = new();

    /// <summary>Creates an empty store.</summary>
    public MemoryStore()
    {
        columns = ColumnFamilies.All.Select(_ => new SortedDictionary<byte[], byte[]>(KeyOrder.Instance)).ToArray();
    }

    /// <inheritdoc/>
    public byte[]? Get(ColumnFamily column, ReadOnlySpan<byte> key)
    {
        var lookup = key.ToArray();
        lock (gate)
        {
            return Column(column).TryGetValue(lookup, out var value) ? (byte[])value.Clone() : null;
        }
    }

    /// <inheritdoc/>
    public bool TryGet(ColumnFamily column, ReadOnlySpan<byte> key, Span<byte> destination, out int length)
    {
        var lookup = key.ToArray();
        lock (gate)
        {
            if (!Column(column).TryGetValue(lookup, out var value))
            {
                length = 0;
                return false;
            }

            if (value.Length > destination.Length)
            {
                throw new InvalidDataException($"a {value.Length}-byte value does not fit the {destination.Length}-byte buffer");
            }

            value.CopyTo(destination);
            length = value.Length;
            return true;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<KeyValueEntry> Iterate(ColumnFamily column, byte[] fromInclusive, byte[]? toExclusive)
    {
        ArgumentNullException.ThrowIfNull(fromInclusive);
        KeyValueEntry[] snapshot;
        lock (gate)
        {
            // A snapshot taken eagerly, so that a commit during enumeration neither throws nor shows half a batch.
            snapshot = Column(column)
                .SkipWhile(pair => KeyOrder.Instance.Compare(pair.Key, fromInclusive) < 0)
                .TakeWhile(pair => toExclusive is null || KeyOrder.Instance.Compare(pair.Key, toExclusive) < 0)
                .Select(pair => new KeyValueEntry((byte[])pair.Key.Clone(), (byte[])pair.Value.Clone()))
                .ToArray();
        }

        return snapshot;
    }

    /// <inheritdoc/>
    public IWriteBatch StartBatch() => new MemoryWriteBatch(this);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    /// <summary>Applies a batch's operations under one lock, which is what makes them atomic here.</summary>
    internal void Apply(IReadOnlyList<MemoryWriteBatch.Operation> operations)
    {
        lock (gate)
        {
            foreach (var operation in operations)
            {
                if (operation.Value is null)
                {
                    Column(operation.Column).Remove(operation.Key);
                }
                else
                {
                    Column(operation.Column)[operation.Key] = operation.Value;
                }
            }
        }
    }

    private SortedDictionary<byte[], byte[]> Column(ColumnFamily column) =>
        (uint)column < (uint)columns.Length
            ? columns[(int)column]
            : throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column family");
}
