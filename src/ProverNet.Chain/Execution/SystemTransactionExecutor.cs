using ProverNet.Chain.Blocks;
using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Applies system transactions. An opening one carries an L1 input; if the input cannot apply (an unknown parameter key,
/// a proof for no open job) its receipt fails with the reason and the state is as before: L1 said it, so the block
/// stays valid. A payload that does not decode is a malformed block.
/// </summary>
internal static class SystemTransactionExecutor
{
    public static Receipt ApplyOpening(ExecutionScope scope, SystemTransaction transaction, ulong cumulativeGasUsed)
    {
        if (ClosingSystemTransactions.IsClosing(transaction.Kind))
        {
            throw new InvalidBlockException($"block {scope.Environment.Number}: system transaction kind 0x{transaction.Kind:x2} closes a block, it cannot open one");
        }

        var logs = new List<LogEntry>();
        var checkpoint = scope.State.Checkpoint();
        try
        {
            if (L1InputExecutor.Apply(scope.State, transaction, logs) is { } proof
                && scope.Market.ApplyProof(proof.ToVerification(), logs) is var result and not ProofResult.Fulfilled)
            {
                // The proof was verified on L1 but fulfils nothing here; the receipt says why, nothing changed.
                throw new ExecutionRevertedException($"proof for job {proof.JobId} by {proof.Prover} not applied: {result}");
            }
        }
        catch (L1InputDecodingException malformed)
        {
            throw new InvalidBlockException($"block {scope.Environment.Number}: system transaction kind 0x{transaction.Kind:x2}: {malformed.Message}", malformed);
        }
        catch (ExecutionRevertedException revert)
        {
            scope.State.Restore(checkpoint);
            return new Receipt(transaction.ComputeHash(), ReceiptStatus.Failure, cumulativeGasUsed, 0, Amount.Zero, [], revert.Message);
        }

        return Receipt(transaction, cumulativeGasUsed, logs);
    }

    public static Receipt Receipt(SystemTransaction transaction, ulong cumulativeGasUsed, IReadOnlyList<LogEntry> logs) =>
        new(transaction.ComputeHash(), ReceiptStatus.Success, cumulativeGasUsed, 0, Amount.Zero, logs);
}
