using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Mempool;

/// <summary>
/// Drawing a block: the senders' next ready transactions in a priority queue by effective tip at the block's base fee,
/// ties to the earlier arrival. Taking a sender's transaction puts its next nonce in the queue, and so does a submission
/// that makes one ready while the round is open: a block being built takes transactions as they arrive, until it is
/// sealed. A round (one block) ends when the builder stops or the block is committed; the next <see cref="Next"/> opens
/// a new one.
/// </summary>
public sealed partial class TransactionPool : IArrivingTransactionSource
{
    private readonly PriorityQueue<(PooledSender Sender, PooledTransaction Head), TransactionPriority> offers = new();
    private readonly List<PooledSender> pickedSenders = [];
    private readonly HashSet<PooledSender> staleSenders = [];
    private bool roundOpen;
    private UInt128 roundBaseFee;
    private PooledTransaction? offered;
    private PooledSender? offeredBy;
    private Action? arrivalListener;

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

            // Until the builder decides on a candidate, it is the one offered.
            if (offered is not null)
            {
                return offered.Transaction;
            }

            while (offers.TryDequeue(out var entry, out _))
            {
                // Entries go stale when a submission replaces or evicts a queued head: re-queue what the sender has now.
                if (ReferenceEquals(entry.Sender.NextToOffer, entry.Head))
                {
                    // Out of the queue while the builder decides, so an arrival ranked above it cannot take its place;
                    // the sender counts as queued until then.
                    (offered, offeredBy) = (entry.Head, entry.Sender);
                    return entry.Head.Transaction;
                }

                entry.Sender.Queued = false;
                _ = Offer(entry.Sender);
            }

            // Nothing ready now; the round stays open for what arrives before the block is sealed.
            return null;
        }
    }

    /// <inheritdoc/>
    public IDisposable OnArrival(Action wake)
    {
        ArgumentNullException.ThrowIfNull(wake);
        lock (gate)
        {
            if (arrivalListener is not null)
            {
                throw new InvalidOperationException("the pool already wakes a block builder");
            }

            arrivalListener = wake;
        }

        return new ArrivalRegistration(this);
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

            var (sender, head) = (offeredBy!, offered);
            (offered, offeredBy) = (null, null);
            sender.Queued = false;
            switch (result.Action)
            {
                case PickAction.Add:
                    if (sender.Picked == 0)
                    {
                        pickedSenders.Add(sender);
                    }

                    sender.MarkPicked();
                    _ = Offer(sender);
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
            _ = Offer(sender);
        }
    }

    /// <summary>
    /// Queues the sender's next ready transaction, unless its fee cap is below the block's base fee or the sender has an
    /// entry already (a stale one is re-queued when it comes up); says whether it queued one.
    /// </summary>
    private bool Offer(PooledSender sender)
    {
        if (sender.Queued || sender.NextToOffer is not { } head || head.MaxFee < roundBaseFee)
        {
            return false;
        }

        offers.Enqueue((sender, head), head.PriorityAt(roundBaseFee));
        sender.Queued = true;
        return true;
    }

    /// <summary>A submission made <paramref name="sender"/> a candidate: the open round takes it, and a waiting builder wakes.</summary>
    private void OfferArrival(PooledSender sender)
    {
        if (!roundOpen)
        {
            return;
        }

        // A sender already queued (or offered) needs no wake: the builder is not waiting while the queue holds anything.
        if (Offer(sender))
        {
            arrivalListener?.Invoke();
        }
    }

    private void EndRound()
    {
        roundOpen = false;
        if (offeredBy is not null)
        {
            offeredBy.Queued = false;
        }

        (offered, offeredBy) = (null, null);
        foreach (var ((sender, _), _) in offers.UnorderedItems)
        {
            sender.Queued = false;
        }

        offers.Clear();
    }

    private sealed class ArrivalRegistration(TransactionPool pool) : IDisposable
    {
        public void Dispose()
        {
            lock (pool.gate)
            {
                pool.arrivalListener = null;
            }
        }
    }

    /// <summary>Whether <paramref name="transaction"/> is the candidate the builder is deciding on: it may not change.</summary>
    private bool IsOffered(PooledTransaction transaction) => ReferenceEquals(offered, transaction);
}
