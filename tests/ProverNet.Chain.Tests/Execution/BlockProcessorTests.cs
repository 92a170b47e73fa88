using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Execution;

public sealed class BlockProcessorTests
{
    private static readonly Address Carol = Address.Parse("0x00000000000000000000000000000000000ca401");
    private static readonly BlockAttributes NextSecond = new(1, default, []);

    [Fact]
    public void Constructor_NewStore_WritesTheGenesisBlock()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);

        Assert.Equal(0UL, processor.Head.Number);
        Assert.Equal(GenesisBlock.Build(DevnetGenesis.Value), processor.Head);
        Assert.Equal(processor.Head.Header.StateRoot, processor.State.Root);
    }

    [Fact]
    public void Constructor_StoreOfAnotherGenesis_Throws()
    {
        var store = new MemoryStore();
        _ = new BlockProcessor(store, DevnetGenesis.Value);

        var error = Assert.Throws<InvalidOperationException>(() => new BlockProcessor(store, DevnetGenesis.Value with { ChainId = 1 }));

        Assert.Contains("genesis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Produce_Transfer_MovesValueChargesGasAndPaysFees()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var sender = DevKeys.Account(4).Address;
        var before = processor.State.GetAccount(sender).Balance;
        var source = Queue(ChainTransactions.Sign(4, 0, Carol, 1_000));

        var produced = processor.Produce(NextSecond, source);

        var receipt = Assert.Single(produced.Receipts);
        Assert.Equal(ReceiptStatus.Success, receipt.Status);
        Assert.Equal(21_000UL, receipt.GasUsed);
        var baseFee = DevnetGenesis.Value.Parameters.Gas.InitialBaseFee;
        Assert.Equal(baseFee + new Amount(ChainTransactions.Gwei / 10), receipt.EffectiveGasPrice);
        Assert.Equal(new Amount(1_000), processor.State.GetAccount(Carol).Balance);
        Assert.Equal(before - new Amount(1_000) - (receipt.EffectiveGasPrice * 21_000), processor.State.GetAccount(sender).Balance);
        Assert.Equal(1UL, processor.State.GetAccount(sender).Nonce);
        Assert.Equal(baseFee * 21_000, processor.State.GetAccount(DevnetGenesis.Value.Rollup.Treasury).Balance);
        Assert.Equal(produced.Block, processor.Head);
        Assert.Equal(0, source.Count);
    }

    [Fact]
    public void Produce_NonceGap_SkipsWithTheReasonAndKeepsTheRest()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var source = Queue(ChainTransactions.Sign(4, 3, Carol, 1), ChainTransactions.Sign(5, 0, Carol, 2));
        var skipped = new List<PickResult>();
        source.Dropped += (_, result) => skipped.Add(result);

        var produced = processor.Produce(NextSecond, source);

        Assert.Single(produced.Block.Body.UserTransactions);
        var skip = Assert.Single(skipped);
        Assert.Equal((PickAction.Skip, AdmissionError.NonceTooHigh), (skip.Action, skip.Error));
        Assert.Contains("nonce too high", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Produce_BlockFull_StopsAndLeavesTheRestQueued()
    {
        var genesis = DevnetGenesis.Value with { Rollup = DevnetGenesis.Value.Rollup with { BlockGasLimit = 320_000 } };
        var processor = new BlockProcessor(new MemoryStore(), genesis);
        var source = Queue([.. Enumerable.Range(0, 3).Select(nonce => ChainTransactions.Sign(4, (ulong)nonce, Carol, 1))]);

        var first = processor.Produce(NextSecond, source);
        var second = processor.Produce(new BlockAttributes(2, default, []), source);

        // As on Ethereum, a transaction fits when its gas limit fits in what the block has not used yet.
        Assert.Equal((1, 1, 1), (first.Block.Body.UserTransactions.Count, second.Block.Body.UserTransactions.Count, source.Count));
        Assert.Equal(21_000UL, first.Block.Header.GasUsed);
    }

    [Fact]
    public void Produce_TimestampBeforeParent_ThrowsAndStoresNothing()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        processor.Produce(new BlockAttributes(10, default, []), EmptyTransactionSource.Instance);

        Assert.Throws<InvalidBlockException>(() => processor.Produce(new BlockAttributes(9, default, []), EmptyTransactionSource.Instance));
        Assert.Equal(1UL, processor.Head.Number);
    }

    [Fact]
    public void Produce_EmptyBlocks_AreEmptyAndCheap()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);

        var produced = processor.Produce(NextSecond, EmptyTransactionSource.Instance);

        Assert.Equal(0, produced.Block.Body.TransactionCount);
        Assert.Equal(processor.Head.Header.StateRoot, GenesisBlock.Build(DevnetGenesis.Value).Header.StateRoot);
    }

    [Fact]
    public void Import_BlocksProducedElsewhere_ReachTheSameHeadAndState()
    {
        var (producer, follower) = (new BlockProcessor(new MemoryStore(), DevnetGenesis.Value), new BlockProcessor(new MemoryStore(), DevnetGenesis.Value));
        var blocks = ProduceTransfers(producer, blockCount: 3);

        foreach (var block in blocks)
        {
            follower.Import(block);
        }

        Assert.Equal(producer.Head, follower.Head);
        Assert.Equal(producer.State.Root, follower.State.Root);
        Assert.Equal(producer.Blocks.GetReceipts(2), follower.Blocks.GetReceipts(2));
    }

    [Fact]
    public void Import_WrongStateRoot_ThrowsNamingItAndStoresNothing()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var follower = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var block = ProduceTransfers(producer, blockCount: 1)[0];
        var forged = new Block(block.Header with { StateRoot = Hash256.Parse("0x" + new string('1', 64)) }, block.Body);

        var error = Assert.Throws<InvalidBlockException>(() => follower.Import(forged));

        Assert.Contains("state root", error.Message, StringComparison.Ordinal);
        Assert.Equal(0UL, follower.Head.Number);
        follower.Import(block);
        Assert.Equal(producer.State.Root, follower.State.Root);
    }

    [Fact]
    public void Import_TransactionWithBadNonce_ThrowsAndStoresNothing()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var block = producer.Produce(NextSecond, EmptyTransactionSource.Instance).Block;
        var stuffed = new Block(block.Header, new BlockBody([], [ChainTransactions.Sign(4, 7, Carol, 1).Raw], []));
        var follower = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);

        var error = Assert.Throws<InvalidBlockException>(() => follower.Import(stuffed));

        Assert.Contains("nonce too high", error.Message, StringComparison.Ordinal);
        Assert.Equal(GenesisBlock.Build(DevnetGenesis.Value).Header.StateRoot, follower.State.Root);
    }

    [Fact]
    public void Import_UndecodableTransaction_Throws()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var block = producer.Produce(NextSecond, EmptyTransactionSource.Instance).Block;
        var stuffed = new Block(block.Header, new BlockBody([], [new byte[] { 0x02, 0xc0 }], []));

        var error = Assert.Throws<InvalidBlockException>(() => new BlockProcessor(new MemoryStore(), DevnetGenesis.Value).Import(stuffed));

        Assert.Contains("does not decode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NotExtendingTheHead_Throws()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var blocks = ProduceTransfers(producer, blockCount: 2);

        Assert.Throws<InvalidBlockException>(() => new BlockProcessor(new MemoryStore(), DevnetGenesis.Value).Import(blocks[1]));
    }

    [Fact]
    public void ImportAll_BlocksProducedElsewhere_ReachTheSameHeadAndReportEachBlock()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var follower = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var blocks = ProduceTransfers(producer, blockCount: 4);
        var reported = new List<ulong>();

        var count = follower.ImportAll(blocks, processed => reported.Add(processed.Block.Number));

        Assert.Equal(4, count);
        Assert.Equal([1UL, 2, 3, 4], reported);
        Assert.Equal(producer.Head, follower.Head);
        Assert.Equal(producer.Blocks.GetReceipts(3), follower.Blocks.GetReceipts(3));
    }

    [Fact]
    public void ImportAll_InvalidBlockInTheMiddle_KeepsTheBlocksBeforeItAndThrows()
    {
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var follower = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var blocks = ProduceTransfers(producer, blockCount: 4);
        blocks[2] = new Block(blocks[2].Header, new BlockBody([], [blocks[2].Body.UserTransactions[1], blocks[2].Body.UserTransactions[0]], []));

        var error = Assert.Throws<InvalidBlockException>(() => follower.ImportAll(blocks));

        Assert.StartsWith("block 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(blocks[1], follower.Head);
    }

    [Fact]
    public void ImportAll_NoBlocks_ImportsNothing()
    {
        var follower = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);

        Assert.Equal(0, follower.ImportAll([]));
        Assert.Equal(0UL, follower.Head.Number);
    }

    [Fact]
    public void Constructor_ReopenedRocksDb_ResumesAtTheLastBlock()
    {
        using var directory = new TemporaryDirectory();
        Block head;
        using (var store = RocksDbStore.Open(directory.Path))
        {
            var processor = new BlockProcessor(store, DevnetGenesis.Value);
            head = ProduceTransfers(processor, blockCount: 2)[^1];
        }

        using var reopened = RocksDbStore.Open(directory.Path);
        var resumed = new BlockProcessor(reopened, DevnetGenesis.Value);

        Assert.Equal(head, resumed.Head);
        Assert.Equal(head.Header.StateRoot, resumed.State.Root);
        Assert.Equal(2UL, resumed.State.GetAccount(DevKeys.Account(4).Address).Nonce);
    }

    [Fact]
    public void Produce_CrossingBidAndOffer_ClearsAtTheEndOfTheBlockWithAClosingTransaction()
    {
        var processor = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var bid = new SubmitBidCall(false, 2, 4, 20_000_000_000_000_000, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://x");
        var offer = new SubmitOfferCall(2, 5_000_000_000_000_000, 0);
        var source = Queue(
            ChainTransactions.Sign(4, 0, SystemAddresses.Market, 0, MarketCalldataEncoder.Encode(bid)),
            ChainTransactions.Sign(1, 0, SystemAddresses.Market, 0, MarketCalldataEncoder.Encode(offer)));

        var produced = processor.Produce(NextSecond, source);

        Assert.All(produced.Receipts, receipt => Assert.Equal(ReceiptStatus.Success, receipt.Status));
        var clearing = Assert.Single(produced.Block.Body.ClosingSystemTransactions);
        Assert.Equal(ClosingSystemTransactions.ClearingKind, clearing.Kind);
        var match = Assert.Single(produced.Clearing!.Matches);
        Assert.Equal(produced.Clearing.Hash, produced.Block.Header.ClearingSummaryHash);
        Assert.Equal(4U, match.Units);
        Assert.Contains(produced.Receipts[^1].Logs, log => log.Topics[0] == EventTopics.Signature("BidMatched(uint256,uint256,uint256,uint96,uint96)"));
    }

    private static List<Block> ProduceTransfers(BlockProcessor processor, int blockCount)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < blockCount; i++)
        {
            var nonce = (ulong)i;
            var source = Queue(ChainTransactions.Sign(4, nonce, Carol, 5), ChainTransactions.Sign(6, nonce, Carol, 7));
            blocks.Add(processor.Produce(new BlockAttributes((ulong)i + 1, default, []), source).Block);
        }

        return blocks;
    }

    private static QueueTransactionSource Queue(params Core.Transactions.SignedTransaction[] transactions)
    {
        var source = new QueueTransactionSource();
        foreach (var transaction in transactions)
        {
            source.Enqueue(transaction);
        }

        return source;
    }
}
