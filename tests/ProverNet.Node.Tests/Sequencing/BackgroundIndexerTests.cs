using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class BackgroundIndexerTests
{
    [Fact]
    public async Task Enqueue_CommittedBlocksInOrder_IndexesThroughTheLast()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chainIndexer = new ChainIndexer(store);
        chainIndexer.CatchUp();
        var indexer = new BackgroundIndexer(chainIndexer, NullLogger.Instance);

        for (var second = 1UL; second <= 3; second++)
        {
            indexer.Enqueue(processor.Produce(new BlockAttributes(second, default, []), EmptyTransactionSource.Instance));
        }

        await indexer.DisposeAsync();
        Assert.Equal(3UL, chainIndexer.IndexedThrough);
    }

    [Fact]
    public async Task Enqueue_BlockAfterMissedOnes_IndexesTheMissedOnesFromTheStore()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chainIndexer = new ChainIndexer(store);
        var indexer = new BackgroundIndexer(chainIndexer, NullLogger.Instance);
        ProcessedBlock last = null!;
        for (var second = 1UL; second <= 3; second++)
        {
            last = processor.Produce(new BlockAttributes(second, default, []), EmptyTransactionSource.Instance);
        }

        indexer.Enqueue(last);
        indexer.Enqueue(last);

        await indexer.DisposeAsync();
        Assert.Equal(3UL, chainIndexer.IndexedThrough);
    }
}
