namespace ProverNet.Node.Mempool;

/// <summary>
/// The senders' highest-nonce transactions ordered by what they pay, so the pool finds the cheapest one to evict in
/// O(log senders). Only tails are candidates: evicting a sender's earlier nonce would strand its later ones. Priorities
/// are taken at one base fee; when the base fee moves, the order is rebuilt the next time an eviction needs it.
/// </summary>
internal sealed class EvictionOrder
{
    private readonly SortedSet<Entry> tails = [];
    private readonly Dictionary<PooledSender, TransactionPriority> keys = [];

    /// <summary>The base fee the priorities were taken at.</summary>
    public UInt128 BaseFee { get; private set; }

    /// <summary>Senders with a tail in the order.</summary>
    public int Count => tails.Count;

    /// <summary>Records <paramref name="sender"/>'s current tail, replacing what was recorded for it; removes it when it has none.</summary>
    public void Update(PooledSender sender)
    {
        if (keys.Remove(sender, out var old))
        {
            tails.Remove(new Entry(old, sender));
        }

        if (sender.Tail is { } tail)
        {
            var priority = tail.PriorityAt(BaseFee);
            keys.Add(sender, priority);
            tails.Add(new Entry(priority, sender));
        }
    }

    /// <summary>The sender whose tail pays least at <paramref name="baseFee"/>, or null when the pool is empty.</summary>
    public PooledSender? Cheapest(UInt128 baseFee)
    {
        if (baseFee != BaseFee)
        {
            Rebuild(baseFee);
        }

        return tails.Count == 0 ? null : tails.Max.Sender;
    }

    private void Rebuild(UInt128 baseFee)
    {
        BaseFee = baseFee;
        var senders = keys.Keys.ToArray();
        keys.Clear();
        tails.Clear();
        foreach (var sender in senders)
        {
            Update(sender);
        }
    }

    /// <summary>A sender's tail priority; compared by priority alone, which is unique (arrival numbers are).</summary>
    private readonly record struct Entry(TransactionPriority Priority, PooledSender Sender) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Priority.CompareTo(other.Priority);
    }
}
