using ProverNet.Auction;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Tests.Execution;

/// <summary>
/// Executed-but-reverted transactions change nothing but the nonce and the gas charge, and their receipt says why; each
/// operation that succeeds does exactly its part.
/// </summary>
public sealed class UserTransactionExecutorTests
{
    private const int Requester = 4;
    private const int Prover = 1;
    private static readonly UInt128 Price = 20_000_000_000_000_000;
    private static readonly Address Recipient = Address.Parse("0x00000000000000000000000000000000000ca401");

    public static TheoryData<MarketCall, string> RevertingCalls() => new()
    {
        { Bid(classId: 99), "class 99" },
        { Bid(units: 0), "units" },
        { Bid(units: 5_000), "units" },
        { Bid(price: 0), "price" },
        { Bid(deadline: 1), "expiry" },
        { Bid(deadline: ulong.MaxValue), "maxOrderLifetimeSec" },
        { Bid(classId: 10), "pipeline" },
        { new SubmitBidCall(true, 42, 1, Price, 0, 0, Hash256.Zero, Hash256.Zero, "x"), "pipeline 42" },
        { new CancelOrderCall(OrderSide.Bid, 77), "77" },
        { new CancelOrderCall(OrderSide.Offer, 77), "77" },
        { new SubmitOfferCall(2, Price, 0), "prover" },
        { new SubmitOfferCall(2, Price, ulong.MaxValue), "maxOrderLifetimeSec" },
    };

    [Theory]
    [MemberData(nameof(RevertingCalls))]
    public void Execute_RevertingMarketCall_ChargesGasAdvancesNonceAndChangesNothingElse(MarketCall call, string reasonMentions)
    {
        var chain = new TestChain();
        var sender = DevKeys.Account(Requester).Address;
        var before = chain.Processor.State.GetAccount(sender);
        var countersBefore = new MarketLedger(chain.Processor.State).Counters;

        var receipt = chain.Produce(chain.Call(Requester, call)).Receipts[0];

        Assert.Equal(ReceiptStatus.Failure, receipt.Status);
        Assert.Contains(reasonMentions, receipt.FailureReason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(receipt.Logs);
        var after = chain.Processor.State.GetAccount(sender);
        Assert.Equal(before.Nonce + 1, after.Nonce);
        Assert.Equal(before.Balance - (receipt.EffectiveGasPrice * receipt.GasUsed), after.Balance);
        Assert.Equal(countersBefore, new MarketLedger(chain.Processor.State).Counters);
    }

    [Fact]
    public void Execute_BidEscrowAboveTheBalance_RevertsNamingTheAmounts()
    {
        var chain = new TestChain(genesis => genesis with
        {
            Allocations = [.. genesis.Allocations.Where(allocation => allocation.Address != DevKeys.Account(Requester).Address),
                new ProverNet.Chain.Genesis.Allocation(DevKeys.Account(Requester).Address, Amount.FromBrev(1))],
        });

        var receipt = chain.Produce(chain.Call(Requester, Bid(units: 1_000, price: Price))).Receipts[0];

        Assert.Equal(ReceiptStatus.Failure, receipt.Status);
        Assert.Contains("escrow", receipt.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Execute_Bid_EscrowsAndLogsBidSubmitted()
    {
        var chain = new TestChain();
        var sender = DevKeys.Account(Requester).Address;
        var before = chain.Processor.State.GetAccount(sender).Balance;

        var produced = chain.Produce(chain.Call(Requester, Bid(units: 3, price: Price)));

        var receipt = produced.Receipts[0];
        Assert.Equal(ReceiptStatus.Success, receipt.Status);
        Assert.Equal(EventTopics.Signature("BidSubmitted(uint256,address,uint32,uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)"), receipt.Logs[0].Topics[0]);
        var gas = receipt.EffectiveGasPrice * receipt.GasUsed;
        Assert.Equal(before - gas - new Amount(Price * 3), chain.Processor.State.GetAccount(sender).Balance);
    }

    [Fact]
    public void Execute_Withdrawal_BurnsTheValueAndQueuesTheMessage()
    {
        var chain = new TestChain();
        var data = new AbiWriter().WriteAddress(Recipient).ToArray();

        var produced = chain.Produce(chain.Send(Requester, SystemAddresses.Bridge, 5_000, BridgeCalldata.Withdraw.Call(data)));

        Assert.Equal(ReceiptStatus.Success, produced.Receipts[0].Status);
        var message = new MessageOutbox(chain.Processor.State).Get(0)!.Value;
        Assert.Equal((MessageKind.Withdraw, Recipient, new Amount(5_000)), (message.Kind, message.Target, message.Amount));
        Assert.Equal(new MessagesMerkleTree([message]).Root, produced.Block.Header.MessagesRoot);
    }

    [Fact]
    public void Execute_WithdrawalOfZero_RevertsAndQueuesNothing()
    {
        var chain = new TestChain();
        var data = new AbiWriter().WriteAddress(Recipient).ToArray();

        var produced = chain.Produce(chain.Send(Requester, SystemAddresses.Bridge, 0, BridgeCalldata.Withdraw.Call(data)));

        Assert.Equal(ReceiptStatus.Failure, produced.Receipts[0].Status);
        Assert.Contains("zero", produced.Receipts[0].FailureReason, StringComparison.Ordinal);
        Assert.Equal(Hash256.Zero, produced.Block.Header.MessagesRoot);
    }

    [Fact]
    public void Execute_CancelOwnBid_RefundsTheEscrow()
    {
        var chain = new TestChain();
        var sender = DevKeys.Account(Requester).Address;
        var before = chain.Processor.State.GetAccount(sender).Balance;
        var submitted = chain.Produce(chain.Call(Requester, Bid(units: 2, price: Price)));
        var bidId = (ulong)UInt256.FromBigEndian(submitted.Receipts[0].Logs[0].Topics[1].ToArray()).ToBigInteger();

        var cancelled = chain.Produce(chain.Call(Requester, new CancelOrderCall(OrderSide.Bid, bidId)));

        Assert.Equal(ReceiptStatus.Success, cancelled.Receipts[0].Status);
        var gas = (submitted.Receipts[0].EffectiveGasPrice * submitted.Receipts[0].GasUsed) + (cancelled.Receipts[0].EffectiveGasPrice * cancelled.Receipts[0].GasUsed);
        Assert.Equal(before - gas, chain.Processor.State.GetAccount(sender).Balance);
    }

    [Fact]
    public void Execute_CancelSomeoneElsesBid_Reverts()
    {
        var chain = new TestChain();
        chain.Produce(chain.Call(Requester, Bid(units: 2, price: Price)));

        var receipt = chain.Produce(chain.Call(Requester + 1, new CancelOrderCall(OrderSide.Bid, 1))).Receipts[0];

        Assert.Equal(ReceiptStatus.Failure, receipt.Status);
        Assert.Contains("belongs to", receipt.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_OfferFromAGenesisProver_LocksStake()
    {
        var chain = new TestChain();
        var prover = DevKeys.Account(Prover).Address;

        var receipt = chain.Produce(chain.Call(Prover, new SubmitOfferCall(2, Price, 0))).Receipts[0];

        Assert.Equal(ReceiptStatus.Success, receipt.Status);
        Assert.Equal(Amount.FromBrev(1_000), chain.Processor.State.GetProver(prover)!.Value.LockedStake);
    }

    private static SubmitBidCall Bid(uint classId = 2, uint units = 1, UInt128? price = null, ulong deadline = 0) =>
        new(false, classId, units, price ?? Price, deadline, 0, Hash256.Zero, Hash256.Zero, "ipfs://inputs");
}
