using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// The chain's state as canonical key/value bytes over the State column family, with a journal so a failed transaction
/// or a rejected block rolls back (<see cref="Checkpoint"/> / <see cref="Restore"/>), and a sparse Merkle tree over
/// every entry so <see cref="Commit"/> yields the state root and writes values and tree nodes into one batch.
/// </summary>
public sealed class WorldState
{
    private readonly IKeyValueStore store;
    private readonly SparseMerkleTree tree;
    private readonly KeyBuckets changes = new();

    // Entries written into a batch that the caller has not committed yet: reads must see them until Release.
    private readonly KeyBuckets written = new();
    private readonly List<(byte[] Key, bool Existed, byte[]? Previous)> journal = [];
    private readonly List<IStateView> views = [];

    /// <summary>Opens the state committed in <paramref name="store"/>.</summary>
    public WorldState(IKeyValueStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        tree = new SparseMerkleTree(store);
    }

    /// <summary>The state root as of the last <see cref="Commit"/>.</summary>
    public Hash256 Root => tree.Root;

    /// <summary>The value under <paramref name="key"/>, uncommitted changes included; null when absent.</summary>
    public byte[]? Get(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (changes.TryGetValue(key, out var changed))
        {
            return changed;
        }

        return written.TryGetValue(key, out var pending) ? pending : store.Get(ColumnFamily.State, key);
    }

    /// <summary>
    /// Every entry whose key starts with <paramref name="prefix"/>, in key order, uncommitted changes included (deleted
    /// entries left out). <paramref name="prefix"/> starts with the kind byte, so only that kind's changes are looked at.
    /// Reads a snapshot: changing the state while enumerating is not supported.
    /// </summary>
    public IEnumerable<KeyValueEntry> Scan(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var upper = PrefixUpperBound(prefix);
        var overlay = new SortedDictionary<byte[], byte[]?>(KeyOrder.Instance);
        foreach (var layer in new[] { written, changes })
        {
            foreach (var (key, value) in layer.WithPrefix(prefix))
            {
                overlay[key] = value;
            }
        }

        return Merge(store.Iterate(ColumnFamily.State, prefix, upper), overlay);
    }

    /// <summary>Sets (or, with null, deletes) the value under <paramref name="key"/>, journaled.</summary>
    public void Set(byte[] key, byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var existed = changes.TryGetValue(key, out var previous);
        journal.Add((key, existed, previous));
        changes.Set(key, value);
        if (views.Count != 0)
        {
            Notify(key, value);
        }
    }

    /// <summary>
    /// The view of type <typeparamref name="TView"/> attached to this state; the first call builds it with
    /// <paramref name="build"/> from the state as it reads then, and from then on the state keeps it in step with every
    /// change, undo and discard. A state opened afresh (a restart, an older head) starts without views.
    /// </summary>
    public TView View<TView>(Func<WorldState, TView> build)
        where TView : class, IStateView
    {
        ArgumentNullException.ThrowIfNull(build);
        foreach (var view in views)
        {
            if (view is TView attached)
            {
                return attached;
            }
        }

        var built = build(this);
        views.Add(built);
        return built;
    }

    /// <summary>The account of <paramref name="address"/> (empty when never touched).</summary>
    public AccountState GetAccount(Address address) =>
        Get(StateKeys.Account(address)) is { } bytes ? AccountState.Decode(bytes) : default;

    /// <summary>Stores the account; an empty account is deleted so it leaves no trace in the root.</summary>
    public void SetAccount(Address address, AccountState account) =>
        Set(StateKeys.Account(address), account.IsEmpty ? null : account.Encode());

    /// <summary>The L2 mirror of prover <paramref name="address"/>, or null when it is not a prover.</summary>
    public ProverRecord? GetProver(Address address) =>
        Get(StateKeys.Prover(address)) is { } bytes ? ProverRecord.Decode(bytes) : null;

    /// <summary>Stores the mirror of prover <paramref name="address"/>.</summary>
    public void SetProver(Address address, ProverRecord prover) => Set(StateKeys.Prover(address), prover.Encode());

    /// <summary>Adds <paramref name="amount"/> to the balance.</summary>
    public void Credit(Address address, Amount amount)
    {
        var account = GetAccount(address);
        SetAccount(address, account with { Balance = account.Balance + amount });
    }

    /// <summary>Takes <paramref name="amount"/> from the balance.</summary>
    /// <exception cref="InsufficientBalanceException">The balance is lower; nothing changes.</exception>
    public void Debit(Address address, Amount amount)
    {
        var account = GetAccount(address);
        if (account.Balance < amount)
        {
            throw new InsufficientBalanceException(address, account.Balance, amount);
        }

        SetAccount(address, account with { Balance = account.Balance - amount });
    }

    /// <summary>Marks the current point; <see cref="Restore"/> returns to it.</summary>
    public int Checkpoint() => journal.Count;

    /// <summary>Undoes every change made since <paramref name="checkpoint"/>, newest first.</summary>
    public void Restore(int checkpoint)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(checkpoint, journal.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpoint);
        for (var i = journal.Count - 1; i >= checkpoint; i--)
        {
            var (key, existed, previous) = journal[i];
            if (existed)
            {
                changes.Set(key, previous);
            }
            else
            {
                changes.Remove(key);
            }

            if (views.Count != 0)
            {
                Notify(key, Get(key));
            }
        }

        journal.RemoveRange(checkpoint, journal.Count - checkpoint);
    }

    /// <summary>
    /// Writes the changed entries (in key order) and the tree nodes they touch into <paramref name="batch"/> and returns
    /// the new state root. Reads see the new values at once; the caller commits the batch with the block, then calls
    /// <see cref="Release"/> (or <see cref="Discard"/> if the block is thrown away).
    /// </summary>
    /// <param name="batch">Where the values and tree nodes go.</param>
    /// <param name="undo">When given, receives each changed entry as it was before (null: absent), for a later rewind.</param>
    public Hash256 Commit(IWriteBatch batch, StateUndo? undo = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var (key, value) in changes.All())
        {
            // Read only when needed: for a delete, or to record what a rewind restores.
            var before = undo is not null || value is null ? CommittedValue(key) : null;
            if (value is null)
            {
                // Created and deleted again since the last commit (a bid matched in the block that opened it): there is
                // nothing to delete, in the store or in the tree.
                if (before is null)
                {
                    continue;
                }

                batch.Delete(ColumnFamily.State, key);
                tree.Delete(key);
            }
            else
            {
                batch.Put(ColumnFamily.State, key, value);
                tree.Set(key, Keccak256.Hash(value));
            }

            undo?.Add(key, before);
            written.Set(key, value);
        }

        changes.Clear();
        journal.Clear();
        return tree.Commit(batch);
    }

    private byte[]? CommittedValue(byte[] key) => written.TryGetValue(key, out var pending) ? pending : store.Get(ColumnFamily.State, key);

    // Committed entries and the overlay, both in key order; an overlay entry replaces (or, when null, deletes) its key.
    private static IEnumerable<KeyValueEntry> Merge(IEnumerable<KeyValueEntry> committed, SortedDictionary<byte[], byte[]?> overlay)
    {
        using var pending = overlay.GetEnumerator();
        var hasPending = pending.MoveNext();
        foreach (var entry in committed)
        {
            var replaced = false;
            for (; hasPending && KeyOrder.Instance.Compare(pending.Current.Key, entry.Key) <= 0; hasPending = pending.MoveNext())
            {
                replaced |= KeyOrder.Instance.Compare(pending.Current.Key, entry.Key) == 0;
                if (pending.Current.Value is { } value)
                {
                    yield return new KeyValueEntry(pending.Current.Key, value);
                }
            }

            if (!replaced)
            {
                yield return entry;
            }
        }

        for (; hasPending; hasPending = pending.MoveNext())
        {
            if (pending.Current.Value is { } value)
            {
                yield return new KeyValueEntry(pending.Current.Key, value);
            }
        }
    }

    // The smallest key above every key with the prefix; null when the prefix is all 0xff (no upper bound).
    private static byte[]? PrefixUpperBound(byte[] prefix)
    {
        var upper = (byte[])prefix.Clone();
        for (var i = upper.Length - 1; i >= 0; i--)
        {
            if (upper[i] != 0xff)
            {
                upper[i]++;
                return upper[..(i + 1)];
            }
        }

        return null;
    }

    /// <summary>Call once the batch given to <see cref="Commit"/> is committed.</summary>
    public void Release()
    {
        written.Clear();
        tree.ReleaseWrittenNodes();
    }

    /// <summary>Call when that batch was thrown away: the state returns to the last committed root.</summary>
    public void Discard()
    {
        List<byte[]> reverted = views.Count == 0 ? [] : [.. changes.All().Select(entry => entry.Key), .. written.All().Select(entry => entry.Key)];
        changes.Clear();
        written.Clear();
        journal.Clear();
        tree.DiscardWrittenNodes();
        foreach (var key in reverted)
        {
            Notify(key, Get(key));
        }
    }

    private void Notify(byte[] key, byte[]? value)
    {
        foreach (var view in views)
        {
            if (view.Watches(key[0]))
            {
                view.Changed(key, value);
            }
        }
    }
}
