using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>
/// A first-in, first-out source: what arrives first is offered first. Skipped transactions are dropped (reported through
/// <see cref="Dropped"/>); one that did not fit stays at the head for the next block. Safe to fill from other threads
/// while a producer draws from it.
/// </summary>
public sealed class QueueTransactionSource : ITransactionSource
{
    private readonly Queue<SignedTransaction> queue = new();
    private readonly Lock gate = new();

    /// <summary>Raised (on the producer's thread) for each transaction the producer skipped, with why.</summary>
    public event Action<SignedTransaction, PickResult>? Dropped;

    /// <summary>Transactions waiting.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>Appends a transaction.</summary>
    public void Enqueue(SignedTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        lock (gate)
        {
            queue.Enqueue(transaction);
        }
    }

    /// <inheritdoc/>
    public SignedTransaction? Next()
    {
        lock (gate)
        {
            return queue.TryPeek(out var head) ? head : null;
        }
    }

    /// <inheritdoc/>
    public void Resolve(SignedTransaction transaction, PickResult result)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (result.Action == PickAction.Stop)
        {
            return;
        }

        lock (gate)
        {
            if (!queue.TryPeek(out var head) || !ReferenceEquals(head, transaction))
            {
                throw new InvalidOperationException($"transaction {transaction.Hash} is not the candidate this source offered");
            }

            queue.Dequeue();
        }

        if (result.Action == PickAction.Skip)
        {
            Dropped?.Invoke(transaction, result);
        }
    }
}
