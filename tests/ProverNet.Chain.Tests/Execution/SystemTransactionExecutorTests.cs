using ProverNet.Auction;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Execution;

/// <summary>L1 inputs open a block, clearing and deadlines close it; each with a receipt, through the block processor.</summary>
public sealed class SystemTransactionExecutorTests
{
    private static readonly Address Depositor = Address.Parse("0x00000000000000000000000000000000000d0001");
    private static readonly Address Recipient = Address.Parse("0x00000000000000000000000000000000000ca401");
    private static readonly Hash256 VkHash = Keccak256.Hash([1]);
    private static readonly Hash256 InputsHash = Keccak256.Hash([2]);
    private static readonly Hash256 JobFulfilledTopic = EventTopics.Signature("JobFulfilled(uint256,address,uint256,uint256,uint256)");
    private static readonly Hash256 JobFailedTopic = EventTopics.Signature("JobFailed(uint256,address,uint256,uint256)");

    [Fact]
    public void ApplyOpening_Deposit_CreditsTheRecipientWithAReceiptAndLog()
    {
        var chain = new TestChain();
        var deposit = new DepositInput(new L1LogId(10, 3), 0, Depositor, Recipient, Amount.FromBrev(5)).ToSystemTransaction();

        var produced = chain.Produce([deposit]);

        Assert.Equal(Amount.FromBrev(5), chain.Processor.State.GetAccount(Recipient).Balance);
        var receipt = Assert.Single(produced.Receipts);
        Assert.Equal((deposit.ComputeHash(), ReceiptStatus.Success, 0UL), (receipt.TransactionHash, receipt.Status, receipt.GasUsed));
        Assert.Single(receipt.Logs);
    }

    [Fact]
    public void ApplyOpening_ParameterChangeThatCannotApply_FailsItsReceiptAndTheBlockStands()
    {
        var chain = new TestChain();
        var rootBefore = chain.Processor.State.Root;
        var change = new ParameterChangedInput(new L1LogId(11, 0), ParameterKeys.SlashBps, 0, new byte[] { 1, 2, 3 }).ToSystemTransaction();

        var produced = chain.Produce([change]);

        var receipt = Assert.Single(produced.Receipts);
        Assert.Equal(ReceiptStatus.Failure, receipt.Status);
        Assert.NotEmpty(receipt.FailureReason);
        Assert.Equal(rootBefore, produced.Block.Header.StateRoot);
    }

    [Fact]
    public void Import_UndecodablePayload_RejectsTheBlock()
    {
        var producer = new TestChain();
        var block = producer.Produce().Block;
        var forged = new Block(block.Header, new BlockBody([new SystemTransaction((byte)L1InputKind.Deposit, new byte[] { 0xc0 })], [], []));

        var error = Assert.Throws<InvalidBlockException>(() => new TestChain().Processor.Import(forged));

        Assert.Contains("kind 0x01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ClosingKindAmongOpening_RejectsTheBlock()
    {
        var producer = new TestChain();
        var block = producer.Produce().Block;
        var forged = new Block(block.Header, new BlockBody([ClosingSystemTransactions.For(ClosingSystemTransactions.ClearingKind, 1)], [], []));

        var error = Assert.Throws<InvalidBlockException>(() => new TestChain().Processor.Import(forged));

        Assert.Contains("closes a block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyOpening_ProofOfTheAssignedJob_FulfilsIt()
    {
        var (chain, deadline) = ChainWithAJob();
        var prover = DevKeys.Account(1).Address;
        var proof = new ProofVerifiedInput(new L1LogId(20, 1), 1, prover, VkHash, InputsHash, deadline).ToSystemTransaction();

        var receipt = chain.Produce([proof]).Receipts[0];

        Assert.Equal(ReceiptStatus.Success, receipt.Status);
        Assert.Contains(receipt.Logs, log => log.Topics[0] == JobFulfilledTopic);
        Assert.Equal(JobStatus.Fulfilled, new MarketLedger(chain.Processor.State).FindJob(1)!.Value.Status);
    }

    [Fact]
    public void ApplyOpening_ProofByAnotherProver_FailsItsReceiptWithTheResult()
    {
        var (chain, deadline) = ChainWithAJob();
        var proof = new ProofVerifiedInput(new L1LogId(20, 1), 1, Depositor, VkHash, InputsHash, deadline).ToSystemTransaction();

        var receipt = chain.Produce([proof]).Receipts[0];

        Assert.Equal(ReceiptStatus.Failure, receipt.Status);
        Assert.Contains(nameof(ProofResult.WrongProver), receipt.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_JobPastItsDeadline_FailsItInAClosingTransactionAndQueuesTheSlash()
    {
        var (chain, deadline) = ChainWithAJob();
        chain.NextTimestamp = deadline + 1;

        var produced = chain.Produce();

        var closing = Assert.Single(produced.Block.Body.ClosingSystemTransactions);
        Assert.Equal(ClosingSystemTransactions.OverdueJobsKind, closing.Kind);
        Assert.Contains(produced.Receipts[^1].Logs, log => log.Topics[0] == JobFailedTopic);
        var outbox = new MessageOutbox(chain.Processor.State);
        Assert.Equal(MessageKind.Slash, outbox.Get(0)!.Value.Kind);
        Assert.Equal(outbox.Root, produced.Block.Header.MessagesRoot);
        Assert.NotEqual(Hash256.Zero, produced.Block.Header.MessagesRoot);
    }

    // Parameters in force are those at the start of a block, so the change binds from the next block on.
    [Fact]
    public void ApplyOpening_ClassOrderLifetimeLowered_BindsBidsOfLaterBlocksAndOpenBidsKeepTheirTimes()
    {
        var chain = new TestChain();
        var standard = Devnet.Parameters.Classes.Single(c => c.Id == 2);
        var (longest, window) = ((ulong)standard.MaxOrderLifetimeSec, (ulong)standard.ProvingWindowSec);
        var early = chain.Produce(chain.Call(4, Bid(deadline: 1 + longest + window, expiry: 1 + longest)));
        var lowered = new ParameterChangedInput(new L1LogId(12, 0), ParameterKeys.Class, 2, RegistryEncoding.Class(standard with { MaxOrderLifetimeSec = 600 })).ToSystemTransaction();
        var changing = chain.Produce([lowered], chain.Call(4, Bid(deadline: 2 + 601 + window, expiry: 2 + 601)));

        var tooLong = chain.Call(4, Bid(deadline: 3 + 600 + window, expiry: 3 + 601));
        var withinIt = chain.Call(4, Bid(deadline: 3 + 600 + window, expiry: 3 + 600));
        var produced = chain.Produce(tooLong, withinIt);

        Assert.All(early.Receipts.Concat(changing.Receipts), receipt => Assert.Equal(ReceiptStatus.Success, receipt.Status));
        Assert.Equal(ReceiptStatus.Failure, produced.Receipts[0].Status);
        Assert.Equal("expiry 604 is after 603: block time 3 + maxOrderLifetimeSec 600 s", produced.Receipts[0].FailureReason);
        Assert.Equal(ReceiptStatus.Success, produced.Receipts[1].Status);
        var ledger = new MarketLedger(chain.Processor.State);
        Assert.Equal([1UL, 2UL, 3UL], ledger.OpenIds(OrderSide.Bid));
        Assert.Equal((1 + longest, 1 + longest + window), (ledger.FindBid(1)!.Value.Expiry, ledger.FindBid(1)!.Value.Deadline));
        Assert.Equal(2UL + 601, ledger.FindBid(2)!.Value.Expiry);
    }

    private static (TestChain Chain, ulong Deadline) ChainWithAJob()
    {
        var chain = new TestChain();
        var bid = new SubmitBidCall(false, 2, 2, 20_000_000_000_000_000, 0, 0, VkHash, InputsHash, "ipfs://inputs");
        var produced = chain.Produce(chain.Call(4, bid), chain.Call(1, new SubmitOfferCall(2, 5_000_000_000_000_000, 0)));
        Assert.Single(produced.Clearing!.Matches);
        return (chain, new MarketLedger(chain.Processor.State).FindJob(1)!.Value.Deadline);
    }

    private static SubmitBidCall Bid(ulong deadline, ulong expiry) => new(false, 2, 1, 20_000_000_000_000_000, deadline, expiry, VkHash, InputsHash, "ipfs://inputs");
}
