using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Bridge;

/// <summary>
/// The Bridge system address (<c>contracts/l2/IL2Bridge.sol</c>): <c>withdraw(l1Recipient)</c> is payable, burns the
/// transaction's value from the sender and queues its L2→L1 <c>Withdraw</c> message, which anyone relays on L1 once an
/// output covering it is final.
/// </summary>
public static class BridgeModule
{
    /// <summary>Burns <paramref name="value"/> from <paramref name="sender"/> and queues its withdrawal to <paramref name="l1Recipient"/>.</summary>
    /// <returns>The queued message (its nonce is <c>withdraw</c>'s return value).</returns>
    /// <exception cref="ExecutionRevertedException">
    /// Zero value, the zero address as recipient (L1 refuses to relay to it, so the funds would be lost), or a balance
    /// below the value.
    /// </exception>
    public static L2ToL1Message Withdraw(WorldState state, MessageOutbox outbox, Address sender, Address l1Recipient, Amount value, ICollection<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(logs);
        if (value == Amount.Zero)
        {
            throw new ExecutionRevertedException("withdraw amount is zero");
        }

        if (l1Recipient == Address.Zero)
        {
            throw new ExecutionRevertedException("withdraw recipient is the zero address");
        }

        try
        {
            state.Debit(sender, value);
        }
        catch (InsufficientBalanceException error)
        {
            throw new ExecutionRevertedException($"withdraw of {value} wei exceeds the balance of {error.Balance} wei", error);
        }

        var message = outbox.Send(MessageKind.Withdraw, l1Recipient, value, ReadOnlyMemory<byte>.Empty);
        logs.Add(BridgeEvents.WithdrawalInitiated(message.Nonce, sender, l1Recipient, value));
        logs.Add(BridgeEvents.MessagePassed(message));
        return message;
    }
}
