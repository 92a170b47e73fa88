using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// One block's view of a source under a <see cref="BlockBuildBudget"/>: candidates pass through until the block holds
/// <c>cap</c> transactions or <c>budget</c> has passed since the first draw. Then the next candidate is handed back with
/// <see cref="PickAction.Stop"/>, exactly as when gas runs out, so the source keeps it for the next block and ends its round.
/// </summary>
internal sealed class BudgetedTransactionSource(ITransactionSource inner, int? cap, TimeProvider time, TimeSpan budget) : ITransactionSource
{
    private static readonly PickResult OverBudget = new(PickAction.Stop, "block build-time budget used", null);
    private long startedAt;
    private bool started;
    private int added;
    private bool stopped;

    /// <inheritdoc/>
    public SignedTransaction? Next()
    {
        if (stopped)
        {
            return null;
        }

        if (!started)
        {
            startedAt = time.GetTimestamp();
            started = true;
        }

        var candidate = inner.Next();
        if (candidate is not null && (added >= cap || time.GetElapsedTime(startedAt) >= budget))
        {
            inner.Resolve(candidate, OverBudget);
            stopped = true;
            return null;
        }

        return candidate;
    }

    /// <inheritdoc/>
    public void Resolve(SignedTransaction transaction, PickResult result)
    {
        inner.Resolve(transaction, result);
        if (result.Action == PickAction.Add)
        {
            added++;
        }
        else if (result.Action == PickAction.Stop)
        {
            stopped = true;
        }
    }
}
