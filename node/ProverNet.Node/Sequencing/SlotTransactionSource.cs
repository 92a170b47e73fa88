using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// What one block draws, from the start of its build until its slot ends: candidates pass through as the source has
/// them, and when an <see cref="IArrivingTransactionSource"/> has none it waits for the next arrival instead of sealing
/// the block early. It stops at the end of the slot, at the block's transaction cap, or once building (not waiting) has
/// used the budget; then the next candidate is handed back with <see cref="PickAction.Stop"/>, exactly as when gas runs
/// out, so the source keeps it for the next block.
/// </summary>
/// <remarks>
/// Without waiting, a transaction that arrived just after a block started waited the whole slot and then the next block's
/// full build before anyone saw it; drawing until the slot ends leaves only the sealing (clearing, state root, write)
/// between the end of the slot and the block being served. Runs on the producer's thread; only <c>wake</c> is set from
/// others (an arrival, the slot timer, cancellation).
/// </remarks>
internal sealed class SlotTransactionSource : ITransactionSource, IDisposable
{
    private static readonly PickResult OverBudget = new(PickAction.Stop, "block build-time budget used", null);
    private readonly ITransactionSource inner;
    private readonly int? cap;
    private readonly TimeSpan budget;
    private readonly TimeProvider time;
    private readonly ManualResetEventSlim? wake;
    private readonly IDisposable? arrivals;
    private readonly ITimer? slotEnd;
    private readonly CancellationTokenRegistration cancellation;
    private readonly CancellationToken cancellationToken;
    private readonly long createdAt;
    private readonly TimeSpan untilSlotEnd;
    private long waitedTicks;
    private volatile bool slotEnded;
    private int added;
    private bool stopped;

    /// <summary>
    /// Draws from <paramref name="inner"/> for at most <paramref name="untilSlotEnd"/> from now (waiting for arrivals when
    /// the source has them), at most <paramref name="cap"/> transactions and <paramref name="budget"/> of building.
    /// </summary>
    public SlotTransactionSource(
        ITransactionSource inner, int? cap, TimeSpan budget, TimeSpan untilSlotEnd, TimeProvider time, CancellationToken cancellationToken)
    {
        this.inner = inner;
        this.cap = cap;
        this.budget = budget;
        this.time = time;
        this.untilSlotEnd = untilSlotEnd;
        this.cancellationToken = cancellationToken;
        createdAt = time.GetTimestamp();
        if (inner is IArrivingTransactionSource arriving && untilSlotEnd > TimeSpan.Zero)
        {
            var signal = new ManualResetEventSlim();
            wake = signal;
            arrivals = arriving.OnArrival(signal.Set);
            // The timer is what ends the slot: it may fire a little before the clock read here says the slot is over.
            slotEnd = time.CreateTimer(_ => { slotEnded = true; signal.Set(); }, null, untilSlotEnd, Timeout.InfiniteTimeSpan);
            cancellation = cancellationToken.Register(signal.Set);
        }
    }

    /// <summary>How long the block waited for transactions to arrive: the rest of its time was building.</summary>
    public TimeSpan Waited => TimeSpan.FromTicks(waitedTicks);

    /// <inheritdoc/>
    public SignedTransaction? Next()
    {
        while (!stopped)
        {
            // Reset before asking, so an arrival between the answer and the wait is not missed.
            wake?.Reset();
            var candidate = inner.Next();
            if (candidate is not null)
            {
                if (added >= cap || time.GetElapsedTime(createdAt) - Waited >= budget)
                {
                    inner.Resolve(candidate, OverBudget);
                    stopped = true;
                    return null;
                }

                return candidate;
            }

            if (wake is null || slotEnded || cancellationToken.IsCancellationRequested || time.GetElapsedTime(createdAt) >= untilSlotEnd)
            {
                return null;
            }

            var waitStarted = time.GetTimestamp();
            wake.Wait(CancellationToken.None);
            waitedTicks += time.GetElapsedTime(waitStarted).Ticks;
        }

        return null;
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

    /// <inheritdoc/>
    public void Dispose()
    {
        cancellation.Dispose();
        slotEnd?.Dispose();
        arrivals?.Dispose();
        wake?.Dispose();
    }
}
