using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Executes one block's transactions in order against an <see cref="ExecutionScope"/> and collects what the header and
/// the store need: the transactions, their receipts and the gas used.
/// </summary>
internal sealed class BlockBuilder
{
    private readonly List<Receipt> receipts = [];
    private readonly List<SystemTransaction> opening = [];
    private readonly List<ReadOnlyMemory<byte>> users = [];
    private readonly List<SystemTransaction> closing = [];

    public BlockBuilder(ExecutionScope scope)
    {
        Scope = scope;
    }

    public ExecutionScope Scope { get; }

    public ulong GasUsed { get; private set; }

    public IReadOnlyList<Receipt> Receipts => receipts;

    public Auction.RoundOutcome? Clearing { get; private set; }

    public BlockBody Body => new(opening, users, closing);

    public void ApplyOpening(SystemTransaction transaction)
    {
        receipts.Add(SystemTransactionExecutor.ApplyOpening(Scope, transaction, GasUsed));
        opening.Add(transaction);
    }

    /// <summary>Admits and executes a user transaction, or leaves everything unchanged and says why not.</summary>
    public PickResult TryApplyUser(SignedTransaction transaction)
    {
        var environment = Scope.Environment;
        if (GasUsed + transaction.GasLimit > environment.GasLimit)
        {
            return transaction.GasLimit > environment.GasLimit
                ? new(PickAction.Skip, $"gas limit {transaction.GasLimit} exceeds the block gas limit {environment.GasLimit}", AdmissionError.GasLimitAboveBlockLimit)
                : new(PickAction.Stop, $"the block has {environment.GasLimit - GasUsed} gas left, the transaction's limit is {transaction.GasLimit}", null);
        }

        var sender = Scope.State.GetAccount(transaction.Sender);
        if (!TransactionAdmission.TryAdmit(transaction, sender, environment.Admission, out var admitted, out var rejection))
        {
            return new(PickAction.Skip, rejection!.Message, rejection.Error);
        }

        var receipt = UserTransactionExecutor.Execute(Scope, admitted!, GasUsed);
        GasUsed = receipt.CumulativeGasUsed;
        receipts.Add(receipt);
        users.Add(transaction.Raw);
        return PickResult.Added;
    }

    /// <summary>Runs the end-of-block work and records a closing transaction for each part that had an effect.</summary>
    public void Close()
    {
        var number = Scope.Environment.Number;
        var logs = new List<LogEntry>();
        if (Scope.Market.FailOverdueJobs(logs))
        {
            AddClosing(ClosingSystemTransactions.For(ClosingSystemTransactions.OverdueJobsKind, number), logs);
            logs = [];
        }

        Clearing = Scope.Market.Clear(logs);
        if (Clearing is not null)
        {
            AddClosing(ClosingSystemTransactions.For(ClosingSystemTransactions.ClearingKind, number), logs);
        }
    }

    private void AddClosing(SystemTransaction transaction, List<LogEntry> logs)
    {
        receipts.Add(SystemTransactionExecutor.Receipt(transaction, GasUsed, logs));
        closing.Add(transaction);
    }
}
