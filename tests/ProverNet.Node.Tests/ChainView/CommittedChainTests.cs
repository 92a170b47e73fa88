using ProverNet.Chain.Execution;
using ProverNet.Node.ChainView;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.ChainView;

public sealed class CommittedChainTests
{
    [Fact]
    public void Head_BeforeAnyAdvance_IsTheStoredHead()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        processor.Produce(new BlockAttributes(5, default, []), EmptyTransactionSource.Instance);

        Assert.Equal(processor.Head, new CommittedChain(store, NodeGenesis.Devnet).Head);
    }

    [Fact]
    public void Head_AfterAnotherBlockCommits_IsTheNewBlockAndSetsTheNextBaseFee()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chain = new CommittedChain(store, NodeGenesis.Devnet);
        Assert.Equal(NodeGenesis.Devnet.Parameters.Gas.InitialBaseFee, chain.NextBlockAdmission().BaseFee);

        var block = processor.Produce(new BlockAttributes(5, default, []), EmptyTransactionSource.Instance).Block;

        Assert.Equal(block, chain.Head);
        // An empty block is below the gas target: the base fee falls by an eighth.
        Assert.Equal(block.Header.BaseFee.Wei * 7 / 8, chain.NextBlockAdmission().BaseFee.Wei);
    }

    [Fact]
    public void Committed_TheStoredHead_IsServedAsTheHeadWithoutReadingItBack()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chain = new CommittedChain(store, NodeGenesis.Devnet);
        var block = processor.Produce(new BlockAttributes(5, default, []), EmptyTransactionSource.Instance).Block;

        chain.Committed(block);

        Assert.Same(block, chain.Head);
    }

    [Fact]
    public void Committed_NotTheStoredHead_IsIgnored()
    {
        var store = new MemoryStore();
        var processor = new BlockProcessor(store, NodeGenesis.Devnet);
        var chain = new CommittedChain(store, NodeGenesis.Devnet);
        var first = processor.Produce(new BlockAttributes(5, default, []), EmptyTransactionSource.Instance).Block;
        var second = processor.Produce(new BlockAttributes(6, default, []), EmptyTransactionSource.Instance).Block;

        chain.Committed(first);

        Assert.Equal(second, chain.Head);
    }

    [Fact]
    public void GetAccount_ReadsTheCommittedState()
    {
        var store = new MemoryStore();
        _ = new BlockProcessor(store, NodeGenesis.Devnet);
        var allocation = NodeGenesis.Devnet.Allocations[0];

        Assert.Equal(allocation.Amount, new CommittedChain(store, NodeGenesis.Devnet).GetAccount(allocation.Address).Balance);
    }
}
