using ProverNet.Chain.Execution;
using ProverNet.Chain.State;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>Insertion under the lock: nonce rules, replacement, cumulative funds and the limits.</summary>
public sealed partial class TransactionPool
{
    /// <summary>geth's replacement rule: both fees at least this percentage of the replaced transaction's.</summary>
    private const uint ReplacementPercent = 110;

    /// <summary>Inserts or refuses; <paramref name="account"/> is the sender's committed account, null when a block committed since it was read.</summary>
    private SubmissionResult Insert(SignedTransaction transaction, UInt128 cost, AccountState? account)
    {
        var hash = transaction.Hash;
        if (byHash.ContainsKey(hash))
        {
            return SubmissionMessages.AlreadyKnown(hash);
        }

        senders.TryGetValue(transaction.Sender, out var sender);
        sender ??= new PooledSender(transaction.Sender, account ?? chain.GetAccount(transaction.Sender));
        var pooled = new PooledTransaction(transaction, cost, arrivals);
        var refusal = sender.TryGet(transaction.Nonce, out var replaced)
            ? CheckReplacement(sender, replaced, pooled)
            : CheckAddition(sender, pooled);
        if (refusal is { } refused)
        {
            return refused;
        }

        arrivals++;

        // Also when making room removed the sender's only transaction, and with it the sender.
        senders[sender.Address] = sender;

        if (replaced is not null)
        {
            byHash.Remove(replaced.Transaction.Hash);
            readyCount += sender.Replace(pooled);
        }
        else
        {
            readyCount += sender.Add(pooled);
        }

        byHash.Add(hash, pooled);
        eviction.Update(sender);
        OfferArrival(sender);
        return SubmissionResult.Accept(hash);
    }

    private SubmissionResult? CheckReplacement(PooledSender sender, PooledTransaction replaced, PooledTransaction replacement)
    {
        var hash = replacement.Transaction.Hash;
        if (replacement.Nonce < sender.LowestOpenNonce)
        {
            return NonceTooLow(sender, replacement);
        }

        if (IsOffered(replaced))
        {
            return SubmissionMessages.Refused(
                hash, AdmissionError.NonceTooLow, $"nonce {replaced.Nonce} of {sender.Address} is being included in a block");
        }

        if (!PaysTenPercentMore(replacement.MaxFee, replaced.MaxFee) || !PaysTenPercentMore(replacement.MaxPriorityFee, replaced.MaxPriorityFee))
        {
            return SubmissionMessages.ReplacementUnderpriced(
                hash,
                $"nonce {replaced.Nonce} of {sender.Address} is taken by a transaction with max fee {replaced.MaxFee} and priority fee {replaced.MaxPriorityFee}; "
                + $"a replacement must pay at least {ReplacementPercent}% of both");
        }

        return sender.Affords(replacement.Cost, replaced.Cost) ? null : InsufficientFunds(sender, replacement, replaced);
    }

    private SubmissionResult? CheckAddition(PooledSender sender, PooledTransaction pooled)
    {
        var hash = pooled.Transaction.Hash;
        if (pooled.Nonce < sender.LowestOpenNonce)
        {
            return NonceTooLow(sender, pooled);
        }

        var nextNonce = sender.NextNonce;
        if (pooled.Nonce > nextNonce && pooled.Nonce - nextNonce > options.MaxNonceGap)
        {
            return SubmissionMessages.Refused(
                hash,
                AdmissionError.NonceTooHigh,
                $"next nonce of {sender.Address} is {nextNonce}, got {pooled.Nonce}: at most {options.MaxNonceGap} nonces may be missing before a pending transaction");
        }

        if (!sender.Affords(pooled.Cost, 0))
        {
            return InsufficientFunds(sender, pooled, null);
        }

        return MakeRoom(sender, pooled);
    }

    /// <summary>Frees a slot when the sender or the pool is full, or says why the transaction cannot have one.</summary>
    private SubmissionResult? MakeRoom(PooledSender sender, PooledTransaction pooled)
    {
        var hash = pooled.Transaction.Hash;
        if (sender.Count >= options.MaxPerSender)
        {
            // A lower nonce is worth more to the sender than its highest: it may be the one its others wait for.
            if (sender.Tail is not { } tail || tail.Nonce < pooled.Nonce || !IsEvictable(sender))
            {
                return SubmissionMessages.PoolFull(hash, $"{sender.Address} has {sender.Count} pending transactions, the most one sender may have");
            }

            RemoveTransaction(sender, tail);
            return null;
        }

        if (byHash.Count < options.MaxTransactions)
        {
            return null;
        }

        var baseFee = Volatile.Read(ref admission).BaseFee.Wei;
        var rank = pooled.RankAt(baseFee);
        if (eviction.Cheapest(baseFee) is not { Tail: { } victim } cheapest
            || rank <= victim.RankAt(baseFee)
            || ReferenceEquals(cheapest, sender)
            || !IsEvictable(cheapest))
        {
            return SubmissionMessages.PoolFull(
                hash, $"the pool holds {byHash.Count} transactions and none pays less than this one's effective tip of {rank.Value} wei per gas");
        }

        RemoveTransaction(cheapest, victim);
        return null;
    }

    /// <summary>Whether a sender's tail may go: not when the block being built holds it or is deciding on it.</summary>
    private bool IsEvictable(PooledSender sender) => sender.Picked < sender.Count && !IsOffered(sender.Tail!);

    /// <summary>Removes one pending transaction of <paramref name="sender"/> (and the sender when it was its last).</summary>
    private void RemoveTransaction(PooledSender sender, PooledTransaction transaction)
    {
        byHash.Remove(transaction.Transaction.Hash);
        readyCount += sender.Remove(transaction.Nonce);
        eviction.Update(sender);
        if (sender.Count == 0)
        {
            senders.Remove(sender.Address);
        }
    }

    private static bool PaysTenPercentMore(UInt128 offered, UInt128 previous) =>
        offered >= previous && (offered - previous) * 100 >= previous * (ReplacementPercent - 100);

    private static SubmissionResult NonceTooLow(PooledSender sender, PooledTransaction pooled) =>
        SubmissionMessages.Refused(
            pooled.Transaction.Hash, AdmissionError.NonceTooLow, $"next nonce of {sender.Address} is {sender.LowestOpenNonce}, got {pooled.Nonce}");

    private static SubmissionResult InsufficientFunds(PooledSender sender, PooledTransaction pooled, PooledTransaction? replaced)
    {
        var others = replaced is null ? sender.Count : sender.Count - 1;
        var othersCost = sender.TotalCost - (replaced?.Cost ?? 0);
        return SubmissionMessages.Refused(
            pooled.Transaction.Hash,
            AdmissionError.InsufficientFunds,
            $"{sender.Address} has {sender.Balance} wei; this transaction may cost {pooled.Cost} (gas limit × max fee + value) "
            + $"on top of {othersCost} for its {others} other pending ones");
    }
}
