using ProverNet.Chain.Execution;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Node.Mempool;

/// <summary>
/// After each committed block, the senders it concerns are read again: those of its transactions (found by hash, or
/// recovered when the pool did not hold them), those a refusal showed to be out of date and those waiting for funds.
/// Transactions their nonce passed leave, the ready runs are counted again against the new balances, and futures whose
/// gap closed become ready. Decoding and store reads happen outside the lock, so submissions go on meanwhile.
/// </summary>
public sealed partial class TransactionPool
{
    private readonly HashSet<PooledSender> shortOfFunds = [];
    private readonly List<PooledTransaction> passed = [];

    /// <summary>Brings the pool up to <paramref name="block"/>, just committed. Called on the producer thread.</summary>
    public void OnBlockCommitted(ProcessedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var context = chain.NextBlockAdmission();
        var touched = new HashSet<Address>();
        var unknown = new List<ReadOnlyMemory<byte>>();
        lock (gate)
        {
            EndRound();
            Volatile.Write(ref admission, context);
            Interlocked.Increment(ref commits);
            CollectTouched(block, touched, unknown);
        }

        foreach (var raw in unknown)
        {
            if (decoder.TryDecode(raw.Span, out var included, out _))
            {
                touched.Add(included.Sender);
            }
        }

        // The picks stay counted until the refresh, so a submission meanwhile still sees the block's nonces as taken.
        var state = chain.OpenState();
        var accounts = touched.Select(address => (address, state.GetAccount(address))).ToArray();
        lock (gate)
        {
            foreach (var (address, account) in accounts)
            {
                Refresh(address, account);
            }
        }
    }

    /// <summary>
    /// Brings the pool to the head after a rewind: every sender is read again from the rewound state (nonces may have
    /// gone back), then the user transactions of the <paramref name="dropped"/> blocks are submitted again, oldest
    /// first, so none is lost. Called on the producer thread.
    /// </summary>
    /// <returns>How many of the dropped transactions the pool took back.</returns>
    public int OnRewound(IReadOnlyList<Chain.Blocks.Block> dropped)
    {
        ArgumentNullException.ThrowIfNull(dropped);
        var context = chain.NextBlockAdmission();
        Address[] addresses;
        lock (gate)
        {
            EndRound();
            Volatile.Write(ref admission, context);
            Interlocked.Increment(ref commits);
            pickedSenders.Clear();
            staleSenders.Clear();
            shortOfFunds.Clear();
            addresses = [.. senders.Keys];
        }

        var state = chain.OpenState();
        var accounts = addresses.Select(address => (address, state.GetAccount(address))).ToArray();
        lock (gate)
        {
            foreach (var (address, account) in accounts)
            {
                Refresh(address, account);
            }
        }

        var taken = 0;
        for (var i = dropped.Count - 1; i >= 0; i--)
        {
            foreach (var raw in dropped[i].Body.UserTransactions)
            {
                taken += Submit(raw).Accepted ? 1 : 0;
            }
        }

        return taken;
    }

    private void CollectTouched(ProcessedBlock block, HashSet<Address> touched, List<ReadOnlyMemory<byte>> unknown)
    {
        foreach (var raw in block.Block.Body.UserTransactions)
        {
            if (byHash.TryGetValue(Keccak256.Hash(raw.Span), out var included))
            {
                touched.Add(included.Transaction.Sender);
            }
            else
            {
                unknown.Add(raw);
            }
        }

        touched.UnionWith(pickedSenders.Select(sender => sender.Address));
        touched.UnionWith(staleSenders.Select(sender => sender.Address));
        touched.UnionWith(shortOfFunds.Select(sender => sender.Address));
        pickedSenders.Clear();
        staleSenders.Clear();
        shortOfFunds.Clear();
    }

    private void Refresh(Address address, AccountState account)
    {
        if (!senders.TryGetValue(address, out var sender))
        {
            return;
        }

        passed.Clear();
        readyCount += sender.Refresh(account, passed);
        foreach (var transaction in passed)
        {
            byHash.Remove(transaction.Transaction.Hash);
        }

        eviction.Update(sender);
        if (sender.Count == 0)
        {
            senders.Remove(address);
        }
        else if (sender.IsShortOfFunds)
        {
            shortOfFunds.Add(sender);
        }
    }
}
