namespace ProverNet.Storage.Tests;

/// <summary>The store contract against <see cref="RocksDbStore"/>, plus what only a disk store has.</summary>
public sealed class RocksDbStoreTests : KeyValueStoreContractTests
{
    private TemporaryDirectory? directory;

    protected override IKeyValueStore CreateStore()
    {
        directory = new TemporaryDirectory();
        return RocksDbStore.Open(directory.Path);
    }

    public override void Dispose()
    {
        base.Dispose();
        directory?.Dispose();
    }

    [Fact]
    public void Open_ExistingDatabase_SeesCommittedDataInEveryColumnFamily()
    {
        using var other = new TemporaryDirectory();
        using (var store = RocksDbStore.Open(other.Path, RocksDbStoreOptions.Default with { SyncWrites = true }))
        {
            using var batch = store.StartBatch();
            foreach (var column in ColumnFamilies.All)
            {
                batch.Put(column, [(byte)column], [(byte)column, 1]);
            }

            batch.Commit();
        }

        using var reopened = RocksDbStore.Open(other.Path);

        foreach (var column in ColumnFamilies.All)
        {
            Assert.Equal([(byte)column, 1], reopened.Get(column, [(byte)column]));
        }
    }
}
