using Nethereum.Contracts;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Chain.Tests.Support;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Bridge;

public class BridgeModuleTests
{
    private static readonly ContractBuilder L2Bridge = new(ContractArtifacts.Load("IL2Bridge").Abi, "0x0000000000000000000000000000000000000B02");
    private static readonly Address Alice = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static readonly Address OnL1 = Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

    private readonly WorldState state = new(new MemoryStore());
    private readonly MessageOutbox outbox;
    private readonly List<LogEntry> logs = [];

    public BridgeModuleTests()
    {
        outbox = new MessageOutbox(state);
        state.Credit(Alice, Amount.FromBrev(10));
    }

    [Fact]
    public void Withdraw_Funded_BurnsTheValueAndQueuesTheMessage()
    {
        outbox.Send(MessageKind.Slash, OnL1, new Amount(1), new byte[32]);

        var message = BridgeModule.Withdraw(state, outbox, Alice, OnL1, Amount.FromBrev(4), logs);

        Assert.Equal(Amount.FromBrev(6), state.GetAccount(Alice).Balance);
        Assert.Equal((1UL, MessageKind.Withdraw, OnL1, Amount.FromBrev(4), 0), (message.Nonce, message.Kind, message.Target, message.Amount, message.Data.Length));
        Assert.Equal(MessagesMerkleTree.Leaf(message), MessagesMerkleTree.Leaf(outbox.Get(1)!.Value));
        Assert.Equal(2UL, outbox.Count);
    }

    [Fact]
    public void Withdraw_Funded_LogsDecodeWithTheIL2BridgeAbi()
    {
        var message = BridgeModule.Withdraw(state, outbox, Alice, OnL1, Amount.FromBrev(4), logs);

        Assert.Equal(2, logs.Count);
        Assert.Equal(["0", Alice.ToString(), OnL1.ToString(), Amount.FromBrev(4).ToString()], WalletLogDecoder.Decode(L2Bridge, "WithdrawalInitiated", logs[0]));
        Assert.Equal(
            ["0", "0", OnL1.ToString(), Amount.FromBrev(4).ToString(), "0x", MessagesMerkleTree.Leaf(message).ToString()],
            WalletLogDecoder.Decode(L2Bridge, "MessagePassed", logs[1]));
    }

    [Fact]
    public void Withdraw_WholeBalance_LeavesZero()
    {
        BridgeModule.Withdraw(state, outbox, Alice, OnL1, Amount.FromBrev(10), logs);

        Assert.Equal(Amount.Zero, state.GetAccount(Alice).Balance);
    }

    [Fact]
    public void Withdraw_ZeroValue_Reverts() =>
        AssertReverts(() => BridgeModule.Withdraw(state, outbox, Alice, OnL1, Amount.Zero, logs), "withdraw amount is zero");

    [Fact]
    public void Withdraw_ZeroRecipient_Reverts() =>
        AssertReverts(() => BridgeModule.Withdraw(state, outbox, Alice, Address.Zero, new Amount(1), logs), "recipient is the zero address");

    [Fact]
    public void Withdraw_AboveBalance_Reverts() =>
        AssertReverts(
            () => BridgeModule.Withdraw(state, outbox, Alice, OnL1, Amount.FromBrev(10) + new Amount(1), logs),
            $"withdraw of 10000000000000000001 wei exceeds the balance of {Amount.FromBrev(10)} wei");

    private void AssertReverts(Action withdraw, string reason)
    {
        var error = Assert.Throws<ExecutionRevertedException>(withdraw);

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(Amount.FromBrev(10), state.GetAccount(Alice).Balance);
        Assert.Equal(0UL, outbox.Count);
        Assert.Empty(logs);
    }
}
