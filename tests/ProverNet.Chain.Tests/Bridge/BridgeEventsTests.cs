using Nethereum.Contracts;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Chain.Tests.Support;

namespace ProverNet.Chain.Tests.Bridge;

/// <summary>Each log is decoded by Nethereum with the compiled IL2Bridge ABI, as a wallet or relayer would.</summary>
public class BridgeEventsTests
{
    private static readonly ContractBuilder L2Bridge = new(ContractArtifacts.Load("IL2Bridge").Abi, "0x0000000000000000000000000000000000000B02");
    private static readonly Address Alice = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static readonly Address Bob = Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

    [Fact]
    public void DepositFinalized_DecodesEveryField()
    {
        var values = Decode("DepositFinalized", BridgeEvents.DepositFinalized(4, Alice, Bob, Amount.FromBrev(2)));

        Assert.Equal(["4", Alice.ToString(), Bob.ToString(), Amount.FromBrev(2).ToString()], values);
    }

    [Fact]
    public void WithdrawalInitiated_DecodesEveryField()
    {
        var values = Decode("WithdrawalInitiated", BridgeEvents.WithdrawalInitiated(9, Alice, Bob, new Amount(5)));

        Assert.Equal(["9", Alice.ToString(), Bob.ToString(), "5"], values);
    }

    [Fact]
    public void MessagePassed_CarriesTheMessageAndItsLeaf()
    {
        var message = new L2ToL1Message(3, MessageKind.Slash, Alice, new Amount(70), Keccak256.Hash([7]).ToArray());

        var values = Decode("MessagePassed", BridgeEvents.MessagePassed(message));

        Assert.Equal(["3", "1", Alice.ToString(), "70", Keccak256.Hash([7]).ToString(), MessagesMerkleTree.Leaf(message).ToString()], values);
    }

    private static string[] Decode(string eventName, LogEntry log)
    {
        Assert.Equal(SystemAddresses.Bridge, log.Address);
        return WalletLogDecoder.Decode(L2Bridge, eventName, log);
    }
}
