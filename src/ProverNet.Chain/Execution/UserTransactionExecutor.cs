using ProverNet.Chain.Bridge;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Executes an admitted user transaction as Ethereum would: the nonce advances and the gas is charged whatever happens;
/// the operation itself (transfer, Market call, withdrawal) either applies in full or, on a revert, not at all, and the
/// receipt then says why.
/// </summary>
public static class UserTransactionExecutor
{
    /// <summary>Executes <paramref name="admitted"/> and returns its receipt.</summary>
    public static Receipt Execute(ExecutionScope scope, AdmittedTransaction admitted, ulong cumulativeGasBefore)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(admitted);
        var transaction = admitted.Transaction;
        var state = scope.State;
        var environment = scope.Environment;
        var charge = FeeCharge.For(transaction, admitted.GasUsed, environment.BaseFee);

        var sender = state.GetAccount(transaction.Sender);
        state.SetAccount(transaction.Sender, new AccountState(sender.Balance - charge.Total, sender.Nonce + 1));
        state.Credit(environment.Treasury, charge.ToTreasury);
        state.Credit(environment.Sequencer, charge.ToSequencer);

        var logs = new List<LogEntry>();
        var checkpoint = state.Checkpoint();
        var failureReason = string.Empty;
        try
        {
            ApplyOperation(scope, admitted, logs);
        }
        catch (ExecutionRevertedException revert)
        {
            state.Restore(checkpoint);
            logs.Clear();
            failureReason = revert.Message;
        }
        catch (InsufficientBalanceException shortfall)
        {
            state.Restore(checkpoint);
            logs.Clear();
            failureReason = shortfall.Message;
        }

        return new Receipt(
            transaction.Hash,
            failureReason.Length == 0 ? ReceiptStatus.Success : ReceiptStatus.Failure,
            cumulativeGasBefore + admitted.GasUsed,
            admitted.GasUsed,
            charge.EffectiveGasPrice,
            logs,
            failureReason);
    }

    private static void ApplyOperation(ExecutionScope scope, AdmittedTransaction admitted, List<LogEntry> logs)
    {
        var transaction = admitted.Transaction;
        var value = ToAmount(transaction.Value);
        switch (admitted)
        {
            case { MarketCall: SubmitBidCall bid }:
                scope.Market.SubmitBid(transaction.Sender, bid, logs);
                break;
            case { MarketCall: SubmitOfferCall offer }:
                scope.Market.SubmitOffer(transaction.Sender, offer, logs);
                break;
            case { MarketCall: CancelOrderCall cancel }:
                scope.Market.Cancel(transaction.Sender, cancel, logs);
                break;
            case { WithdrawalRecipient: { } recipient }:
                BridgeModule.Withdraw(scope.State, scope.Outbox, transaction.Sender, recipient, value, logs);
                break;
            default:
                scope.State.Debit(transaction.Sender, value);
                scope.State.Credit(transaction.To!.Value, value);
                break;
        }
    }

    // Admission checked that value + max gas cost fits the balance, so the value fits in 128 bits here.
    private static Amount ToAmount(Core.UInt256 value) =>
        value.TryGetUInt128(out var wei) ? new Amount(wei) : throw new ExecutionRevertedException($"value {value} exceeds any balance");
}
