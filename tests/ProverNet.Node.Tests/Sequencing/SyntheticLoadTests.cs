using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;
using ProverNet.Core.Transactions;
using ProverNet.Node.Devnet;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class SyntheticLoadTests
{
    [Fact]
    public void Next_TwentyBlocks_EveryTransactionSucceedsAndOrdersMatch()
    {
        var processor = new BlockProcessor(new MemoryStore(), NodeGenesis.Devnet);
        var load = Create(processor, perBlock: 30);
        var matches = 0;

        for (var block = 1UL; block <= 20; block++)
        {
            var produced = processor.Produce(new BlockAttributes(block, default, []), load);

            Assert.Equal(30, produced.Block.Body.UserTransactions.Count);
            Assert.All(produced.Receipts, receipt => Assert.True(receipt.Status == ReceiptStatus.Success, receipt.FailureReason));
            matches += produced.Clearing?.Matches.Length ?? 0;
        }

        // Three requesters and three provers, every order willing at the reference price: three matches a round.
        Assert.Equal(60, matches);
    }

    [Fact]
    public void Next_AfterPerBlockTransactions_EndsTheBlock()
    {
        var processor = new BlockProcessor(new MemoryStore(), NodeGenesis.Devnet);
        var load = Create(processor, perBlock: 2);

        Assert.NotNull(load.Next());
        Assert.NotNull(load.Next());
        Assert.Null(load.Next());
        Assert.NotNull(load.Next());
    }

    private static SyntheticLoad Create(BlockProcessor processor, int perBlock)
    {
        var signers = DevAccounts.All.Select(account => TransactionSigner.FromHex(account.PrivateKey)).ToList();
        var marketClass = NodeGenesis.Devnet.Parameters.Classes.Single(candidate => candidate.Id == 2);
        return new SyntheticLoad(
            processor.State, NodeGenesis.Devnet.ChainId, perBlock, new MarketClassTarget(2, marketClass.InitialReferencePrice), signers[4..7], signers[1..4]);
    }
}
