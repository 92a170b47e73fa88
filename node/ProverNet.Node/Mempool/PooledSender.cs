using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Node.Mempool;

/// <summary>
/// One sender's pending transactions by nonce, with its committed account. The <em>ready</em> ones are the run that
/// starts at the account nonce with no gap and that the balance covers together, worst case; the rest are future.
/// Mutations return how the ready count changed, so the pool keeps its totals without walking senders.
/// </summary>
internal sealed class PooledSender
{
    private readonly SortedList<ulong, PooledTransaction> byNonce = [];
    private UInt128 readyCost;

    /// <summary>A sender with no pending transactions and committed <paramref name="account"/>.</summary>
    public PooledSender(Address address, AccountState account)
    {
        Address = address;
        StateNonce = account.Nonce;
        Balance = account.Balance.Wei;
    }

    /// <summary>The sender.</summary>
    public Address Address { get; }

    /// <summary>The committed account nonce.</summary>
    public ulong StateNonce { get; private set; }

    /// <summary>The committed balance in wei.</summary>
    public UInt128 Balance { get; private set; }

    /// <summary>Pending transactions.</summary>
    public int Count => byNonce.Count;

    /// <summary>Ready transactions (see the type).</summary>
    public int ReadyCount { get; private set; }

    /// <summary>Ready transactions already added to the block being built.</summary>
    public int Picked { get; private set; }

    /// <summary>Whether the open round's queue holds an entry for this sender (it holds at most one).</summary>
    public bool Queued { get; set; }

    /// <summary>Sum of the worst-case costs of all pending transactions.</summary>
    public UInt128 TotalCost { get; private set; }

    /// <summary>The lowest nonce a new transaction may take: below it, nonces are committed or in the block being built.</summary>
    public ulong LowestOpenNonce => StateNonce + (ulong)Picked;

    /// <summary>The nonce after the gap-free run from the account nonce: what the sender's next transaction should carry.</summary>
    public ulong NextNonce => StateNonce + (ulong)ContiguousCount();

    /// <summary>The highest-nonce transaction (the one eviction may take), or null when none is pending.</summary>
    public PooledTransaction? Tail => byNonce.Count == 0 ? null : byNonce.Values[^1];

    /// <summary>The ready transaction the block being built would take next from this sender, or null.</summary>
    public PooledTransaction? NextToOffer => Picked < ReadyCount ? byNonce.Values[Picked] : null;

    /// <summary>Whether its balance, not a gap, ends the ready run: only a balance change can make more of it ready.</summary>
    public bool IsShortOfFunds => ReadyCount < ContiguousCount();

    /// <summary>The pending transaction with <paramref name="nonce"/>, if any.</summary>
    public bool TryGet(ulong nonce, out PooledTransaction transaction) => byNonce.TryGetValue(nonce, out transaction!);

    /// <summary>Whether the balance covers every pending transaction with <paramref name="added"/> in place of <paramref name="replaced"/>.</summary>
    public bool Affords(UInt128 added, UInt128 replaced)
    {
        var others = TotalCost - replaced;
        return others <= Balance && added <= Balance - others;
    }

    /// <summary>Adds a transaction with a nonce not yet pending.</summary>
    public int Add(PooledTransaction transaction)
    {
        byNonce.Add(transaction.Nonce, transaction);
        TotalCost += transaction.Cost;
        return transaction.Nonce == StateNonce + (ulong)ReadyCount ? Extend() : 0;
    }

    /// <summary>Puts <paramref name="replacement"/> in the place of the pending transaction with the same nonce.</summary>
    public int Replace(PooledTransaction replacement)
    {
        var index = byNonce.IndexOfKey(replacement.Nonce);
        TotalCost = TotalCost - byNonce.Values[index].Cost + replacement.Cost;
        byNonce[replacement.Nonce] = replacement;
        return index < ReadyCount ? Recount() : 0;
    }

    /// <summary>Removes the pending transaction with <paramref name="nonce"/>; the ones after it in the ready run become future.</summary>
    public int Remove(ulong nonce)
    {
        var index = byNonce.IndexOfKey(nonce);
        TotalCost -= byNonce.Values[index].Cost;
        byNonce.RemoveAt(index);
        if (index >= ReadyCount)
        {
            return 0;
        }

        var before = ReadyCount;
        ReadyCount = index;
        readyCost = SumOfCosts(index);
        return ReadyCount - before;
    }

    /// <summary>Counts the transaction offered next as added to the block being built.</summary>
    public void MarkPicked() => Picked++;

    /// <summary>
    /// Takes the newly committed <paramref name="account"/>: removes the transactions its nonce has passed (into
    /// <paramref name="removed"/>), forgets the block being built and counts the ready run again against the new balance.
    /// </summary>
    public int Refresh(AccountState account, List<PooledTransaction> removed)
    {
        StateNonce = account.Nonce;
        Balance = account.Balance.Wei;
        Picked = 0;
        while (byNonce.Count > 0 && byNonce.Keys[0] < StateNonce)
        {
            var passed = byNonce.Values[0];
            removed.Add(passed);
            TotalCost -= passed.Cost;
            byNonce.RemoveAt(0);
        }

        return Recount();
    }

    private int Recount()
    {
        var before = ReadyCount;
        ReadyCount = 0;
        readyCost = 0;
        return Extend() - before;
    }

    /// <summary>Grows the ready run over the transactions that continue it without a gap while the balance covers them.</summary>
    private int Extend()
    {
        var before = ReadyCount;
        var keys = byNonce.Keys;
        var values = byNonce.Values;
        while (ReadyCount < keys.Count
            && keys[ReadyCount] == StateNonce + (ulong)ReadyCount
            && values[ReadyCount].Cost <= Balance - readyCost)
        {
            readyCost += values[ReadyCount].Cost;
            ReadyCount++;
        }

        return ReadyCount - before;
    }

    private UInt128 SumOfCosts(int count)
    {
        UInt128 sum = 0;
        for (var index = 0; index < count; index++)
        {
            sum += byNonce.Values[index].Cost;
        }

        return sum;
    }

    /// <summary>Length of the gap-free run from the account nonce, by binary search: nonce − index never decreases.</summary>
    private int ContiguousCount()
    {
        var keys = byNonce.Keys;
        int low = 0, high = keys.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (keys[middle] == StateNonce + (ulong)middle)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
