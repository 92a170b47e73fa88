using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>
/// Drawing a block: the senders' next ready transactions in a priority queue by effective tip at the block's base fee,
/// ties to the earlier arrival. Taking a sender's transaction puts its next nonce in the queue. A round (one block) ends
/// when the queue runs dry or the builder stops; the next <see cref="Next"/> opens a new one.
/// </summary>
public sealed partial class TransactionPool
{
    private readonly PriorityQueue<(PooledSender Sender, PooledTransaction Head), TransactionPriority> offers = new();
    private readonly List<PooledSender> pickedSenders = [];
    private readonly HashSet<PooledSender> staleSenders = [];
    private bool roundOpen;
    private UInt128 roundBaseFee;
    private PooledTransaction? offered;

    /// <inheritdoc/>
    public SignedTransaction? Next()
    {
        // Only the producer thread opens and ends rounds, so the flag is stable here and the store read stays outside the lock.
        var context = roundOpen ? null : chain.NextBlockAdmission();
        lock (gate)
        {
            if (context is not null)
            {
                OpenRound(context);
            }

            while (offers.TryPeek(out var entry, out _))
            {
                // Entries go stale when a submission replaces or evicts a queued head: re-queue what the sender has now.
                if (ReferenceEquals(entry.Sender.NextToOffer, entry.Head))
                {
                    offered = entry.Head;
                    return entry.Head.Transaction;
                }

                offers.Dequeue();
                Offer(entry.Sender);
            }

            EndRound();
            return null;
        }
    }

    /// <inheritdoc/>
    public void Resolve(SignedTransaction transaction, PickResult result)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        lock (gate)
        {
            if (offered is null || !ReferenceEquals(offered.Transaction, transaction))
            {
                throw new InvalidOperationException($"transaction {transaction.Hash} is not the candidate this pool offered");
            }

            var (sender, head) = offers.Dequeue();
            offered = null;
            switch (result.Action)
            {
                case PickAction.Add:
                    if (sender.Picked == 0)
                    {
                        pickedSenders.Add(sender);
                    }

                    sender.MarkPicked();
                    Offer(sender);
                    break;
                case PickAction.Skip:
                    // Dropped: its nonce becomes a gap, so the sender's later transactions wait as future ones. A refusal
                    // about the nonce or funds means the pool's view of the account is off: read it again after the block.
                    RemoveTransaction(sender, head);
                    if (result.Error is AdmissionError.NonceTooLow or AdmissionError.NonceTooHigh or AdmissionError.InsufficientFunds)
                    {
                        staleSenders.Add(sender);
                    }

                    break;
                default:
                    EndRound();
                    break;
            }
        }
    }

    private void OpenRound(AdmissionContext context)
    {
        Volatile.Write(ref admission, context);
        roundBaseFee = context.BaseFee.Wei;
        roundOpen = true;

        // The dictionary's order does not matter: priorities are unique, so the queue yields one order whatever the
        // order they went in.
        foreach (var sender in senders.Values)
        {
            Offer(sender);
        }
    }

    /// <summary>Queues the sender's next ready transaction, unless its fee cap is below the block's base fee.</summary>
    private void Offer(PooledSender sender)
    {
        if (sender.NextToOffer is { } head && head.MaxFee >= roundBaseFee)
        {
            offers.Enqueue((sender, head), head.PriorityAt(roundBaseFee));
        }
    }

    private void EndRound()
    {
        roundOpen = false;
        offered = null;
        offers.Clear();
    }

    /// <summary>Whether <paramref name="transaction"/> is the candidate the builder is deciding on: it may not change.</summary>
    private bool IsOffered(PooledTransaction transaction) => ReferenceEquals(offered, transaction);
}
