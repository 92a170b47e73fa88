using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Bridge;

/// <summary>The logs of the Bridge system address, as the events of <c>contracts/l2/IL2Bridge.sol</c>.</summary>
public static class BridgeEvents
{
    private static readonly Hash256 DepositFinalizedTopic = EventTopics.Signature("DepositFinalized(uint256,address,address,uint256)");
    private static readonly Hash256 WithdrawalInitiatedTopic = EventTopics.Signature("WithdrawalInitiated(uint256,address,address,uint256)");
    private static readonly Hash256 MessagePassedTopic = EventTopics.Signature("MessagePassed(uint256,uint8,address,uint256,bytes,bytes32)");

    /// <summary><c>DepositFinalized</c>: an L1 deposit credited on L2.</summary>
    public static LogEntry DepositFinalized(ulong l1Nonce, Address from, Address l2Recipient, Amount amount) =>
        Log(new AbiWriter().WriteUInt(amount.Wei), DepositFinalizedTopic, EventTopics.Of(l1Nonce), EventTopics.Of(from), EventTopics.Of(l2Recipient));

    /// <summary><c>WithdrawalInitiated</c>: <paramref name="from"/> burned <paramref name="amount"/> for <paramref name="l1Recipient"/>.</summary>
    public static LogEntry WithdrawalInitiated(ulong nonce, Address from, Address l1Recipient, Amount amount) =>
        Log(new AbiWriter().WriteUInt(amount.Wei), WithdrawalInitiatedTopic, EventTopics.Of(nonce), EventTopics.Of(from), EventTopics.Of(l1Recipient));

    /// <summary><c>MessagePassed</c>: an L2→L1 message with the Merkle leaf the L1 bridge will check.</summary>
    public static LogEntry MessagePassed(in L2ToL1Message message)
    {
        var data = new AbiWriter()
            .WriteUInt((byte)message.Kind)
            .WriteUInt(message.Amount.Wei)
            .WriteBytes(message.Data.Span)
            .WriteBytes32(MessagesMerkleTree.Leaf(message));
        return Log(data, MessagePassedTopic, EventTopics.Of(message.Nonce), EventTopics.Of(message.Target));
    }

    private static LogEntry Log(AbiWriter data, params Hash256[] topics) => new(SystemAddresses.Bridge, topics, data.ToArray());
}
