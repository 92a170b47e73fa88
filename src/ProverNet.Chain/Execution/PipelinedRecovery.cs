using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Decodes and recovers the senders of a block's user transactions on a helper thread while the caller executes them in
/// order: the caller takes transaction <c>i</c> when it is ready, recovers it itself when nobody has claimed it, and while
/// the helper is still on it recovers the next unclaimed one, so both cores stay busy and recovery overlaps execution
/// instead of preceding it. Each transaction is decoded exactly once.
/// </summary>
internal sealed class PipelinedRecovery : IDisposable
{
    private const int Unclaimed = 0;
    private const int Claimed = 1;
    private const int Done = 2;

    private readonly IReadOnlyList<ReadOnlyMemory<byte>> raw;
    private readonly TransactionDecoder decoder;
    private readonly SignedTransaction?[] transactions;
    private readonly string?[] errors;
    private readonly int[] states;
    private readonly Task helper;
    private int next;
    private volatile bool stopped;

    public PipelinedRecovery(IReadOnlyList<ReadOnlyMemory<byte>> raw, TransactionDecoder decoder)
    {
        this.raw = raw;
        this.decoder = decoder;
        transactions = new SignedTransaction?[raw.Count];
        errors = new string?[raw.Count];
        states = new int[raw.Count];
        helper = raw.Count > 1 ? Task.Run(RecoverAhead) : Task.CompletedTask;
    }

    /// <summary>Transaction <paramref name="index"/>, or null with the reason it does not decode.</summary>
    public SignedTransaction? Take(int index, out string? error)
    {
        var wait = default(SpinWait);
        while (Volatile.Read(ref states[index]) != Done)
        {
            if (TryClaim(index))
            {
                Recover(index);
            }
            else if (!RecoverNextUnclaimed())
            {
                // The helper is recovering this one and nothing is left to do meanwhile.
                wait.SpinOnce(sleep1Threshold: -1);
            }
        }

        error = errors[index];
        return transactions[index];
    }

    public void Dispose()
    {
        stopped = true;
        helper.Wait();
    }

    private void RecoverAhead()
    {
        while (!stopped && RecoverNextUnclaimed())
        {
        }
    }

    /// <summary>Recovers the lowest transaction nobody has claimed; false when none is left.</summary>
    private bool RecoverNextUnclaimed()
    {
        while (true)
        {
            var index = Interlocked.Increment(ref next) - 1;
            if (index >= states.Length)
            {
                return false;
            }

            if (TryClaim(index))
            {
                Recover(index);
                return true;
            }
        }
    }

    private bool TryClaim(int index) => Interlocked.CompareExchange(ref states[index], Claimed, Unclaimed) == Unclaimed;

    private void Recover(int index)
    {
        if (decoder.TryDecode(raw[index].Span, out var transaction, out var error))
        {
            transactions[index] = transaction;
        }
        else
        {
            errors[index] = error.Message;
        }

        Volatile.Write(ref states[index], Done);
    }
}
