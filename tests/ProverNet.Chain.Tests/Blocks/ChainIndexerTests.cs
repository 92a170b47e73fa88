using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class ChainIndexerTests : IDisposable
{
    private readonly MemoryStore store = new();
    private readonly BlockStore blocks;
    private readonly ChainIndexer indexer;

    public ChainIndexerTests()
    {
        blocks = new BlockStore(store);
        indexer = new ChainIndexer(store);
    }

    [Fact]
    public void Index_NextCommittedBlock_WritesTheTransactionIndexAndTheMarker()
    {
        var (block, receipts) = Commit(0, Hash256.Zero);

        Assert.True(indexer.Index(block, receipts));

        Assert.Equal(0UL, indexer.IndexedThrough);
        Assert.Equal(0UL, blocks.IndexedThrough);
        Assert.NotNull(store.Get(ColumnFamily.Transactions, block.Body.TransactionHashes[1].ToArray()));
        Assert.Equal(new TransactionLocation(0, 1), blocks.FindTransaction(block.Body.TransactionHashes[1]));
    }

    [Fact]
    public void Index_AlreadyIndexedBlock_IsSkipped()
    {
        var (block, receipts) = Commit(0, Hash256.Zero);
        indexer.Index(block, receipts);

        Assert.False(indexer.Index(block, receipts));
        Assert.Equal(0UL, indexer.IndexedThrough);
    }

    [Fact]
    public void Index_BlockAfterAGap_ThrowsAndWritesNothing()
    {
        var (first, _) = Commit(0, Hash256.Zero);
        var (second, receipts) = Commit(1, first.Hash);

        var error = Assert.Throws<InvalidOperationException>(() => indexer.Index(second, receipts));

        Assert.Contains("next block to index is 0", error.Message, StringComparison.Ordinal);
        Assert.Null(indexer.IndexedThrough);
        Assert.Null(store.Get(ColumnFamily.Transactions, second.Body.TransactionHashes[0].ToArray()));
    }

    [Fact]
    public void Index_BlockNotCommitted_Throws()
    {
        var (block, receipts) = BlockSamples.Block(0, Hash256.Zero);

        Assert.Throws<InvalidOperationException>(() => indexer.Index(block, receipts));
        Assert.Null(indexer.IndexedThrough);
    }

    [Fact]
    public void CatchUp_CommittedBlocksAboveTheMarker_IndexesEachOnce()
    {
        var (first, firstReceipts) = Commit(0, Hash256.Zero);
        indexer.Index(first, firstReceipts);
        var parent = first.Hash;
        var added = new List<Block>();
        for (var number = 1UL; number <= 3; number++)
        {
            var (block, _) = Commit(number, parent);
            added.Add(block);
            parent = block.Hash;
        }

        Assert.Equal(3, indexer.CatchUp());
        Assert.Equal(0, indexer.CatchUp());

        Assert.Equal(3UL, indexer.IndexedThrough);
        foreach (var block in added)
        {
            Assert.NotNull(store.Get(ColumnFamily.Transactions, block.Body.TransactionHashes[0].ToArray()));
        }
    }

    [Fact]
    public void FindTransaction_BlocksNotIndexedYet_FoundByReadingThem()
    {
        var (first, receipts) = Commit(0, Hash256.Zero);
        indexer.Index(first, receipts);
        var (second, _) = Commit(1, first.Hash);

        Assert.Equal(new TransactionLocation(1, 1), blocks.FindTransaction(second.Body.TransactionHashes[1]));
        Assert.Equal(new TransactionLocation(0, 0), blocks.FindTransaction(first.Body.TransactionHashes[0]));
        Assert.Null(blocks.FindTransaction(BlockSamples.Filled(0xee)));
    }

    public void Dispose() => store.Dispose();

    private (Block Block, IReadOnlyList<Receipt> Receipts) Commit(ulong number, Hash256 parentHash)
    {
        var (block, receipts) = BlockSamples.Block(number, parentHash);
        using var batch = store.StartBatch();
        blocks.Add(block, receipts, batch);
        batch.Commit();
        return (block, receipts);
    }
}
