namespace ProverNet.Storage.Tests;

/// <summary>The behaviour every <see cref="IKeyValueStore"/> must share; run once per implementation.</summary>
public abstract class KeyValueStoreContractTests : IDisposable
{
    private readonly IKeyValueStore store;

    protected KeyValueStoreContractTests()
    {
        store = CreateStore();
    }

    protected abstract IKeyValueStore CreateStore();

    public virtual void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Get_MissingKey_ReturnsNull() => Assert.Null(store.Get(ColumnFamily.State, [1, 2, 3]));

    [Fact]
    public void Get_AfterCommittedPut_ReturnsValue()
    {
        store.Put(ColumnFamily.State, [1], [9, 8, 7]);

        Assert.Equal([9, 8, 7], store.Get(ColumnFamily.State, [1]));
    }

    [Fact]
    public void Put_SameKeyInTwoColumnFamilies_KeepsThemApart()
    {
        store.Put(ColumnFamily.State, [1], [1]);
        store.Put(ColumnFamily.Blocks, [1], [2]);

        Assert.Equal([1], store.Get(ColumnFamily.State, [1]));
        Assert.Equal([2], store.Get(ColumnFamily.Blocks, [1]));
        Assert.Null(store.Get(ColumnFamily.Receipts, [1]));
    }

    [Fact]
    public void Put_EmptyValue_IsStoredAndDistinctFromMissing()
    {
        store.Put(ColumnFamily.Logs, [5], []);

        Assert.Equal([], store.Get(ColumnFamily.Logs, [5]) ?? [0xEE]);
    }

    [Fact]
    public void WriteBatch_BeforeCommit_IsInvisible()
    {
        using var batch = store.StartBatch();
        batch.Put(ColumnFamily.State, [1], [1]);

        Assert.Null(store.Get(ColumnFamily.State, [1]));
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void WriteBatch_DisposedWithoutCommit_WritesNothing()
    {
        using (var batch = store.StartBatch())
        {
            batch.Put(ColumnFamily.State, [1], [1]);
        }

        Assert.Null(store.Get(ColumnFamily.State, [1]));
    }

    [Fact]
    public void WriteBatch_Commit_AppliesAcrossColumnFamiliesInOrder()
    {
        store.Put(ColumnFamily.Receipts, [3], [3]);
        using var batch = store.StartBatch();
        batch.Put(ColumnFamily.State, [1], [1]);
        batch.Put(ColumnFamily.State, [1], [2]);
        batch.Put(ColumnFamily.Metadata, [2], [2]);
        batch.Delete(ColumnFamily.Receipts, [3]);
        batch.Delete(ColumnFamily.Receipts, [4]);

        batch.Commit();

        Assert.Equal([2], store.Get(ColumnFamily.State, [1]));
        Assert.Equal([2], store.Get(ColumnFamily.Metadata, [2]));
        Assert.Null(store.Get(ColumnFamily.Receipts, [3]));
    }

    [Fact]
    public void WriteBatch_CommitTwice_Throws()
    {
        using var batch = store.StartBatch();
        batch.Commit();

        Assert.Throws<InvalidOperationException>(batch.Commit);
    }

    [Fact]
    public void WriteBatch_UnknownColumnFamily_Throws()
    {
        using var batch = store.StartBatch();

        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Put((ColumnFamily)99, [1], [1]));
    }

    [Fact]
    public void TryGet_StoredValueThatFits_CopiesItAndSaysItsLength()
    {
        store.Put(ColumnFamily.StateTree, [7], [1, 2, 3]);
        Span<byte> value = stackalloc byte[8];

        Assert.True(store.TryGet(ColumnFamily.StateTree, [7], value, out var length));
        Assert.Equal([1, 2, 3], value[..length].ToArray());
    }

    [Fact]
    public void TryGet_ValueExactlyTheBufferLength_CopiesIt()
    {
        store.Put(ColumnFamily.StateTree, [7], [1, 2, 3, 4]);
        var value = new byte[4];

        Assert.True(store.TryGet(ColumnFamily.StateTree, [7], value, out var length));
        Assert.Equal(4, length);
        Assert.Equal([1, 2, 3, 4], value);
    }

    [Fact]
    public void TryGet_MissingKey_ReturnsFalseAndLengthZero()
    {
        Assert.False(store.TryGet(ColumnFamily.StateTree, [7], new byte[4], out var length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void TryGet_ValueLongerThanTheBuffer_Throws()
    {
        store.Put(ColumnFamily.StateTree, [7], [1, 2, 3, 4, 5]);

        Assert.Throws<InvalidDataException>(() => store.TryGet(ColumnFamily.StateTree, [7], new byte[4], out _));
    }

    [Fact]
    public void Iterate_Range_YieldsUnsignedByteOrderWithinBounds()
    {
        byte[][] keys = [[0x80], [0x01, 0x00], [0x01], [0xFF, 0xFF], [0x7F, 0xFF], [0x00]];
        using (var batch = store.StartBatch())
        {
            foreach (var key in keys)
            {
                batch.Put(ColumnFamily.Blocks, key, key);
            }

            batch.Commit();
        }

        var all = store.Iterate(ColumnFamily.Blocks, [], null).Select(entry => entry.Key).ToArray();
        var middle = store.Iterate(ColumnFamily.Blocks, [0x01], [0x80]).Select(entry => entry.Key).ToArray();

        Assert.Equal([[0x00], [0x01], [0x01, 0x00], [0x7F, 0xFF], [0x80], [0xFF, 0xFF]], all);
        Assert.Equal([[0x01], [0x01, 0x00], [0x7F, 0xFF]], middle);
    }

    [Fact]
    public void IteratePrefix_MixedKeys_YieldsOnlyPrefixedKeysWithValues()
    {
        store.Put(ColumnFamily.Transactions, [0x0A, 0xFF], [1]);
        store.Put(ColumnFamily.Transactions, [0x0A], [2]);
        store.Put(ColumnFamily.Transactions, [0x0B], [3]);
        store.Put(ColumnFamily.Transactions, [0x09, 0xFF], [4]);

        var entries = store.IteratePrefix(ColumnFamily.Transactions, [0x0A]).ToArray();

        Assert.Equal([new byte[] { 0x0A }, [0x0A, 0xFF]], entries.Select(entry => entry.Key));
        Assert.Equal([new byte[] { 2 }, [1]], entries.Select(entry => entry.Value));
    }

    [Fact]
    public void IteratePrefix_AllOnesPrefix_RunsToTheEnd()
    {
        store.Put(ColumnFamily.Logs, [0xFF, 0x00], [1]);
        store.Put(ColumnFamily.Logs, [0xFF, 0xFF, 0x01], [2]);

        Assert.Equal(2, store.IteratePrefix(ColumnFamily.Logs, [0xFF]).Count());
        Assert.Single(store.IteratePrefix(ColumnFamily.Logs, [0xFF, 0xFF]));
    }
}
