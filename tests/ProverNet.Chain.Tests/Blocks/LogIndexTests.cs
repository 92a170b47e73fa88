using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class LogIndexTests : IDisposable
{
    private static readonly Hash256 Signature = BlockSamples.Filled(0x5a);
    private static readonly Hash256 OrderId = BlockSamples.Filled(0x07);
    private readonly MemoryStore store = new();
    private readonly BlockStore blocks;
    private readonly ChainIndexer indexer;
    private bool indexing;

    public LogIndexTests()
    {
        blocks = new BlockStore(store);
        indexer = new ChainIndexer(store);
    }

    // Every query must give the same answer from the index as from reading the receipts of blocks not indexed yet.
    public static TheoryData<bool> Indexing() => [true, false];

    [Theory]
    [MemberData(nameof(Indexing))]
    public void FindByTopic_LogsInSeveralBlocks_InChainOrderWithTransactionAndBlockWideLogIndex(bool indexed)
    {
        indexing = indexed;
        AddBlock(0, [[Log(SystemAddresses.Market, Signature, OrderId)], [Log(SystemAddresses.Bridge), Log(SystemAddresses.Market, Signature, OrderId)]]);
        AddBlock(1, [[], [Log(SystemAddresses.Market, Signature, OrderId)]]);

        var found = blocks.Logs.FindByTopic(1, OrderId, 0, 1).ToList();

        Assert.Equal([new LogLocation(0, 0, 0), new LogLocation(0, 1, 2), new LogLocation(1, 1, 0)], found);
    }

    [Theory]
    [MemberData(nameof(Indexing))]
    public void FindByTopic_BlockRange_IsInclusiveAtBothEnds(bool indexed)
    {
        indexing = indexed;
        for (var number = 0UL; number < 5; number++)
        {
            AddBlock(number, [[Log(SystemAddresses.Market, Signature, OrderId)]]);
        }

        var found = blocks.Logs.FindByTopic(1, OrderId, 1, 3).Select(location => location.BlockNumber);

        Assert.Equal([1UL, 2UL, 3UL], found);
        Assert.Empty(blocks.Logs.FindByTopic(1, OrderId, 3, 2));
        Assert.Equal(5, blocks.Logs.FindByTopic(1, OrderId, 0, ulong.MaxValue).Count());
    }

    [Theory]
    [MemberData(nameof(Indexing))]
    public void FindByTopic_SameHashAtAnotherPosition_IsNotMatched(bool indexed)
    {
        indexing = indexed;
        AddBlock(0, [[Log(SystemAddresses.Market, Signature, OrderId, Signature), Log(SystemAddresses.Market, Signature, Signature, OrderId)]]);

        Assert.Equal([new LogLocation(0, 0, 0)], blocks.Logs.FindByTopic(1, OrderId, 0, 0));
        Assert.Equal([new LogLocation(0, 0, 1)], blocks.Logs.FindByTopic(2, OrderId, 0, 0));
        Assert.Empty(blocks.Logs.FindByTopic(3, OrderId, 0, 0));
    }

    [Fact]
    public void FindByTopic_PositionOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => blocks.Logs.FindByTopic(4, Signature, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => blocks.Logs.FindByTopic(0, Signature, 0, 0));
    }

    [Fact]
    public void FindByTopic_IndexBehindTheHead_IndexedAndUnindexedBlocksInChainOrder()
    {
        for (var number = 0UL; number < 6; number++)
        {
            indexing = number < 3;
            AddBlock(number, [[Log(SystemAddresses.Market, Signature, OrderId)], [Log(SystemAddresses.Market, Signature, Signature)]]);
        }

        var found = blocks.Logs.FindByTopic(1, OrderId, 1, 4).ToList();

        Assert.Equal(2UL, indexer.IndexedThrough);
        Assert.Equal([1UL, 2, 3, 4], found.Select(location => location.BlockNumber));
        Assert.All(found, location => Assert.Equal((0, 0), (location.TransactionIndex, location.LogIndex)));
    }

    [Fact]
    public void FindByTopic_BatchNotCommitted_FindsNothing()
    {
        using var batch = store.StartBatch();
        var (block, receipts) = Build(0, [[Log(SystemAddresses.Market, Signature, OrderId)]]);

        blocks.Add(block, receipts, batch);

        Assert.Empty(blocks.Logs.FindByTopic(1, OrderId, 0, 0));
    }

    public void Dispose() => store.Dispose();

    private static LogEntry Log(Address address, params Hash256[] topics) => new(address, topics.Length == 0 ? [Signature] : topics, [1]);

    private static (Block Block, IReadOnlyList<Receipt> Receipts) Build(ulong number, LogEntry[][] logsPerTransaction)
    {
        var body = new BlockBody([], [.. logsPerTransaction.Select((_, i) => (ReadOnlyMemory<byte>)new byte[] { 0x02, (byte)number, (byte)i })], []);
        var receipts = body.TransactionHashes
            .Select((hash, i) => new Receipt(hash, ReceiptStatus.Success, 0, 0, Amount.Zero, logsPerTransaction[i]))
            .ToList();
        return (new Block(BlockSamples.FixedHeader with { Number = number }, body), receipts);
    }

    private void AddBlock(ulong number, LogEntry[][] logsPerTransaction)
    {
        var (block, receipts) = Build(number, logsPerTransaction);
        using var batch = store.StartBatch();
        blocks.Add(block, receipts, batch);
        batch.Commit();
        if (indexing)
        {
            Assert.True(indexer.Index(block, receipts));
        }
    }
}
