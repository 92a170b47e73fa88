using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Blocks;

/// <summary>Every behaviour against both stores: the in-memory one tests use and the RocksDB one nodes run on.</summary>
public sealed class BlockStoreTests : IDisposable
{
    private readonly List<IDisposable> resources = [];

    public static TheoryData<string> StoreKinds() => ["memory", "rocksdb"];

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Reads_EmptyStore_FindNothing(string kind)
    {
        var blocks = new BlockStore(Open(kind));

        Assert.Null(blocks.HeadNumber);
        Assert.Null(blocks.Head);
        Assert.Null(blocks.GetByNumber(0));
        Assert.Null(blocks.GetHeader(0));
        Assert.Null(blocks.GetByHash(BlockSamples.Filled(1)));
        Assert.Null(blocks.GetReceipts(0));
        Assert.Null(blocks.FindTransaction(BlockSamples.Filled(1)));
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_BatchNotCommitted_NothingVisible(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);

        using (var batch = store.StartBatch())
        {
            blocks.Add(block, receipts, batch);

            Assert.Null(blocks.HeadNumber);
            Assert.Null(blocks.GetByNumber(0));
            Assert.Null(blocks.GetByHash(block.Hash));
            Assert.Null(blocks.GetReceipts(0));
            Assert.Null(blocks.FindTransaction(block.Body.TransactionHashes[0]));
        }

        Assert.Null(blocks.Head);
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_Committed_BlockReadableByNumberHashAndAsHead(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);

        Commit(store, blocks, block, receipts);

        Assert.Equal(0UL, blocks.HeadNumber);
        Assert.Equal(block, blocks.Head);
        Assert.Equal(block, blocks.GetByNumber(0));
        Assert.Equal(block.Header, blocks.GetHeader(0));
        Assert.Equal(block, blocks.GetByHash(block.Hash));
        Assert.Equal(0UL, blocks.GetNumber(block.Hash));
        Assert.Equal(receipts, blocks.GetReceipts(0));
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void FindTransaction_SystemAndUserTransactions_GivesBlockAndExecutionIndex(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var chain = AddChain(store, blocks, count: 3);
        var last = chain[^1];

        for (var i = 0; i < last.Body.TransactionCount; i++)
        {
            Assert.Equal(new TransactionLocation(2, i), blocks.FindTransaction(last.Body.TransactionHashes[i]));
        }

        Assert.Equal(new TransactionLocation(0, 1), blocks.FindTransaction(chain[0].Body.TransactionHashes[1]));
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_SeveralBlocks_HeadIsTheLastAndEveryBlockStaysReadable(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);

        var chain = AddChain(store, blocks, count: 4);

        Assert.Equal(chain[^1], blocks.Head);
        Assert.All(chain, block => Assert.Equal(block, blocks.GetByHash(block.Hash)));
        Assert.Equal(chain[2].Hash, blocks.GetByNumber(3)!.Header.ParentHash);
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_WithWorldStateInTheSameBatch_BlockAndStateCommitTogether(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var state = new WorldState(store);
        state.Credit(SystemAddresses.Market, Amount.FromBrev(5));
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);

        using var batch = store.StartBatch();
        var stateRoot = state.Commit(batch);
        blocks.Add(block, receipts, batch);
        Assert.Null(blocks.Head);
        batch.Commit();

        Assert.Equal(block, blocks.Head);
        Assert.Equal(stateRoot, new WorldState(store).Root);
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_ReceiptsNotMatchingTheTransactions_Throws(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);
        using var batch = store.StartBatch();

        Assert.Throws<ArgumentException>(() => blocks.Add(block, receipts.Skip(1).ToList(), batch));
        Assert.Throws<ArgumentException>(() => blocks.Add(block, receipts.Reverse().ToList(), batch));
        Assert.Equal(0, batch.Count);
    }

    [Theory]
    [MemberData(nameof(StoreKinds))]
    public void Add_DifferentBlockAtAStoredHeight_Throws(string kind)
    {
        var store = Open(kind);
        var blocks = new BlockStore(store);
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);
        Commit(store, blocks, block, receipts);
        var (other, otherReceipts) = BlockSamples.Block(0, BlockSamples.Filled(9));
        using var batch = store.StartBatch();

        Assert.Throws<InvalidOperationException>(() => blocks.Add(other, otherReceipts, batch));
        blocks.Add(block, receipts, batch); // the same block again is harmless: same bytes under the same keys
    }

    [Fact]
    public void Reopen_RocksDb_SameHeadBlocksReceiptsAndIndexes()
    {
        using var directory = new TemporaryDirectory();
        List<Block> chain;
        List<IReadOnlyList<Receipt>> receipts;
        using (var store = RocksDbStore.Open(directory.Path))
        {
            var blocks = new BlockStore(store);
            chain = AddChain(store, blocks, count: 3);
            receipts = [.. chain.Select(block => blocks.GetReceipts(block.Number)!)];
        }

        using (var reopened = RocksDbStore.Open(directory.Path))
        {
            var blocks = new BlockStore(reopened);
            Assert.Equal(2UL, blocks.HeadNumber);
            Assert.Equal(chain[^1], blocks.Head);
            var logs = receipts.SelectMany(list => list.SelectMany(receipt => receipt.Logs)).ToList();
            Assert.Equal(logs.Count, logs.Select(log => log.Topics[1]).Distinct().Sum(topic => blocks.Logs.FindByTopic(1, topic, 0, 2).Count()));
            for (var i = 0; i < chain.Count; i++)
            {
                Assert.Equal(chain[i], blocks.GetByHash(chain[i].Hash));
                Assert.Equal(receipts[i], blocks.GetReceipts(chain[i].Number));
                Assert.Equal(new TransactionLocation(chain[i].Number, 0), blocks.FindTransaction(chain[i].Body.TransactionHashes[0]));
            }
        }
    }

    public void Dispose()
    {
        foreach (var resource in Enumerable.Reverse(resources))
        {
            resource.Dispose();
        }
    }

    private static void Commit(IKeyValueStore store, BlockStore blocks, Block block, IReadOnlyList<Receipt> receipts)
    {
        using var batch = store.StartBatch();
        blocks.Add(block, receipts, batch);
        batch.Commit();
    }

    private static List<Block> AddChain(IKeyValueStore store, BlockStore blocks, int count)
    {
        var chain = new List<Block>();
        var parent = Hash256.Zero;
        for (var number = 0UL; number < (ulong)count; number++)
        {
            var (block, receipts) = BlockSamples.Block(number, parent, userCount: (int)number + 1);
            Commit(store, blocks, block, receipts);
            chain.Add(block);
            parent = block.Hash;
        }

        return chain;
    }

    private IKeyValueStore Open(string kind)
    {
        if (kind == "memory")
        {
            return Track(new MemoryStore());
        }

        var directory = Track(new TemporaryDirectory());
        return Track(RocksDbStore.Open(directory.Path));
    }

    private T Track<T>(T resource)
        where T : IDisposable
    {
        resources.Add(resource);
        return resource;
    }
}
