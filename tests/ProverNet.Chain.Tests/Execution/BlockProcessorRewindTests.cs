using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Market;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Execution;

public sealed class BlockProcessorRewindTests
{
    private static readonly UInt128 Price = 20_000_000_000_000_000;
    private static readonly Address Carol = Address.Parse("0x00000000000000000000000000000000000ca401");

    [Fact]
    public void RewindTo_BlocksWithStateMarketAndIndexes_LeavesTheStoreExactlyAsBeforeThem()
    {
        var chain = new TestChain(rewindDepth: 16);
        var indexer = new ChainIndexer(chain.Store);
        ProduceFirst(chain);
        indexer.CatchUp();
        var before = Dump(chain.Store);
        var head = chain.Processor.Head;
        var secondTransactions = SecondTransactions(chain);
        var second = chain.Produce(secondTransactions);
        chain.Produce(chain.Call(6, Bid(units: 2)), chain.Send(4, Carol, 9));
        indexer.CatchUp();

        var dropped = chain.Processor.RewindTo(head.Number);

        Assert.Equal([head.Number + 2, head.Number + 1], dropped.Select(block => block.Number));
        Assert.Equal(head, chain.Processor.Head);
        Assert.Equal(head.Header.StateRoot, chain.Processor.State.Root);
        Assert.Equal(before, Dump(chain.Store));
        Assert.Null(chain.Processor.Blocks.FindTransaction(second.Block.Body.TransactionHashes[0]));

        // The open books in memory were undone with the state: the same block again is the same block.
        chain.NextTimestamp = second.Block.Header.Timestamp;
        Assert.Equal(second.Block.Hash, chain.Produce(secondTransactions).Block.Hash);
    }

    [Fact]
    public void RewindTo_DeeperThanTheUndoRecords_ThrowsAndChangesNothing()
    {
        var chain = new TestChain(rewindDepth: 2);
        ProduceFirst(chain);
        chain.Produce(SecondTransactions(chain));
        chain.Produce(chain.Send(4, Carol, 1));
        var before = Dump(chain.Store);

        var error = Assert.Throws<InvalidOperationException>(() => chain.Processor.RewindTo(0));

        Assert.Contains("newest 2 blocks", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Dump(chain.Store));
        Assert.Equal(3UL, chain.Processor.Head.Number);
        Assert.Null(chain.Processor.Blocks.GetUndo(1));
        Assert.NotNull(chain.Processor.Blocks.GetUndo(2));
    }

    [Fact]
    public void RewindTo_HeadOrAbove_DoesNothing()
    {
        var chain = new TestChain(rewindDepth: 4);
        ProduceFirst(chain);

        Assert.Empty(chain.Processor.RewindTo(1));
        Assert.Empty(chain.Processor.RewindTo(5));
        Assert.Equal(1UL, chain.Processor.Head.Number);
    }

    [Fact]
    public void Produce_NoRewindDepth_KeepsNoUndoRecords()
    {
        var chain = new TestChain();
        ProduceFirst(chain);

        Assert.Null(chain.Processor.Blocks.GetUndo(1));
        Assert.Throws<InvalidOperationException>(() => chain.Processor.RewindTo(0));
    }

    private static ProcessedBlock ProduceFirst(TestChain chain)
    {
        var deposit = new DepositInput(new L1LogId(chain.Processor.Head.Header.L1Origin.Number + 1, 0), 0, Carol, Carol, new Amount(5_000));
        return chain.Produce([deposit.ToSystemTransaction()], chain.Send(4, Carol, 1_000), chain.Call(4, Bid()));
    }

    private static Core.Transactions.SignedTransaction[] SecondTransactions(TestChain chain) => [chain.Call(5, Bid(units: 3)), chain.Send(5, Carol, 7)];

    private static SubmitBidCall Bid(uint units = 1) => new(false, 2, units, Price, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://inputs");

    private static List<string> Dump(MemoryStore store) =>
        [.. ColumnFamilies.All.SelectMany(column => store.Iterate(column, [], null).Select(entry => $"{column} {Hex.Encode(entry.Key)} {Hex.Encode(entry.Value)}"))];
}
