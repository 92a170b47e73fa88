using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// A sparse binary Merkle tree over 256-bit paths (<c>keccak256(stateKey)</c>) with single-leaf subtrees collapsed: a
/// leaf sits at the shallowest position where it is alone, so a tree of n keys is about log2(n) deep rather than 256.
/// It is stored four levels at a time (<see cref="TreePage"/>: a 16-way page per position at a depth that is a multiple
/// of 4), which leaves the binary root and proofs as they are and stores about a quarter as many entries. Changes are
/// buffered by <see cref="Set"/>/<see cref="Delete"/> and applied by <see cref="Commit"/>, which visits only the pages on
/// touched paths and writes the changed ones into the caller's batch (atomic with the block).
/// Not thread-safe; a large commit spreads its walk over pool threads itself, with a result that does not depend on it.
/// Design, hashing, the empty root and figures: State/README.md.
/// </summary>
public sealed partial class SparseMerkleTree
{
    private readonly TreePageStore pages;

    // Changes in arrival order, one per path (a later change to a path overwrites its slot), and each path's slot. The
    // map is only looked up; Commit sorts the list, so nothing depends on hash order.
    private readonly List<TreeChange> pending = [];
    private readonly Dictionary<Hash256, int> pendingSlots = [];

    // Buffers kept across commits so a block's commit allocates next to nothing once the first has sized them: the
    // sorted changes, and the records of the walk (one per part worked on in parallel; see SparseMerkleTree.Pages.cs).
    private readonly Lock spareWritesGate = new();
    private readonly Stack<TreePageWrites> spareWrites = [];
    private TreeChange[] sortedChanges = [];

    // A bigger commit (a genesis) sorts in an array of its own rather than keep one that size for the life of the tree.
    private const int MaxReusedChanges = 1 << 17;

    /// <summary>
    /// Depth above which committed pages stay in memory by default: the pages at depths 0 to 16, at most 69,905 of at
    /// most 2 KB (≤ 140 MB), which nearly every update passes through in a state of up to millions of keys. Deeper pages
    /// are read from the store (State/README.md has the measurements).
    /// </summary>
    public const int DefaultCachedDepth = 20;

    /// <summary>Opens the tree whose pages are in <paramref name="store"/> (empty if it has none).</summary>
    /// <param name="store">Where the pages are (<see cref="ColumnFamily.StateTree"/>).</param>
    /// <param name="cachedDepth">Committed pages shallower than this are kept in memory (0 disables the cache).</param>
    /// <exception cref="InvalidDataException">The store holds a tree in the binary-node format of earlier builds.</exception>
    public SparseMerkleTree(IKeyValueStore store, int cachedDepth = DefaultCachedDepth)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(cachedDepth);
        pages = new TreePageStore(store, cachedDepth);
        Root = CommittedRoot();
        if (Root == TreeHashing.EmptyHash && store.Get(ColumnFamily.StateTree, BinaryFormatRootKey) is not null)
        {
            throw new InvalidDataException(
                "the state tree in this store is in the binary-node format of builds before the 16-way pages; this build cannot "
                + "read it: start from a new data directory (its blocks replay to the same state roots)");
        }
    }

    // Where builds before pages stored the root node: depth 0 (2 bytes) ‖ 32 zero bytes. No page key is 34 bytes long
    // and starts with a zero byte, so finding it means the store holds the old format.
    private static ReadOnlySpan<byte> BinaryFormatRootKey => new byte[2 + Hash256.Length];

    /// <summary>The root as of the last <see cref="Commit"/> (pending changes excluded).</summary>
    public Hash256 Root { get; private set; }

    /// <summary>Changes waiting for <see cref="Commit"/> (one per path; the last change to a path wins).</summary>
    public int PendingCount => pending.Count;

    /// <summary>Sets the value hash of <paramref name="stateKey"/>.</summary>
    public void Set(ReadOnlySpan<byte> stateKey, Hash256 valueHash) => SetPath(TreeHashing.PathOf(stateKey), valueHash);

    /// <summary>Removes <paramref name="stateKey"/>; removing a missing key changes nothing.</summary>
    public void Delete(ReadOnlySpan<byte> stateKey) => DeletePath(TreeHashing.PathOf(stateKey));

    /// <summary>Sets the value hash at an already-hashed <paramref name="path"/>.</summary>
    public void SetPath(Hash256 path, Hash256 valueHash) => Stage(new TreeChange(path, valueHash, IsDelete: false));

    /// <summary>Removes the leaf at an already-hashed <paramref name="path"/>.</summary>
    public void DeletePath(Hash256 path) => Stage(new TreeChange(path, Hash256.Zero, IsDelete: true));

    /// <summary>
    /// Applies the pending changes, writes every changed node into <paramref name="batch"/> and returns the new root.
    /// Call <see cref="ReleaseWrittenNodes"/> once the batch is committed to bound memory; until then the tree reads its
    /// own writes, so several commits may share one batch.
    /// </summary>
    public Hash256 Commit(IWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (pending.Count == 0)
        {
            return Root;
        }

        // Sorted big-endian, paths are in left-to-right leaf order: every subtree's changes form one contiguous run, split
        // at each level by the first change whose bit is 1.
        var buffer = pending.Count <= MaxReusedChanges ? ReusedChangeBuffer(pending.Count) : new TreeChange[pending.Count];
        var changes = buffer.AsMemory(0, pending.Count);
        pending.CopyTo(buffer);
        changes.Span.Sort(ChangeOrder.Instance);
        ClearPending();

        var writes = RentWrites();
        try
        {
            // The root page is stored whenever the tree holds a key, even a lone leaf (then the root is that leaf's hash).
            var oldRoot = pages.Read(0, Hash256.Zero, writes);
            var newRoot = UpdatePage(writes, 0, oldRoot, changes);
            var newHash = newRoot?.Hash ?? TreeHashing.EmptyHash;
            if (newHash != (oldRoot?.Hash ?? TreeHashing.EmptyHash))
            {
                writes.Write(0, Hash256.Zero, newRoot);
            }
            else
            {
                pages.Recycle(newRoot);
            }

            pages.Apply(batch, writes);
            pages.RecycleTransientReads(writes);
            Root = newHash;
            return Root;
        }
        finally
        {
            ReturnWrites(writes);
        }
    }

    /// <summary>Call once the batches passed to <see cref="Commit"/> since the last call have been committed.</summary>
    public void ReleaseWrittenNodes() => pages.ReleaseOverlay();

    /// <summary>
    /// Call when the batches passed to <see cref="Commit"/> since the last release were thrown away instead: forgets
    /// their nodes and returns <see cref="Root"/> to the committed root.
    /// </summary>
    public void DiscardWrittenNodes()
    {
        ClearPending();
        pages.DiscardOverlay();
        Root = CommittedRoot();
    }

    private Hash256 CommittedRoot() => pages.Load(0, Hash256.Zero)?.Hash ?? TreeHashing.EmptyHash;

    private TreeChange[] ReusedChangeBuffer(int count)
    {
        if (sortedChanges.Length < count)
        {
            sortedChanges = new TreeChange[count];
        }

        return sortedChanges;
    }

    private void Stage(TreeChange change)
    {
        if (pendingSlots.TryGetValue(change.Path, out var slot))
        {
            pending[slot] = change;
        }
        else
        {
            pendingSlots.Add(change.Path, pending.Count);
            pending.Add(change);
        }
    }

    private void ClearPending()
    {
        pending.Clear();
        pendingSlots.Clear();
    }

    private static ReadOnlyMemory<TreeChange> WithExistingLeaf(ReadOnlyMemory<TreeChange> changes, in Hash256 path, in Hash256 valueHash)
    {
        var index = changes.Span.BinarySearch(new TreeChange(path, default, false), ChangeOrder.Instance);
        if (index >= 0)
        {
            return changes;
        }

        index = ~index;
        var merged = new TreeChange[changes.Length + 1];
        changes.Span[..index].CopyTo(merged);
        merged[index] = new TreeChange(path, valueHash, IsDelete: false);
        changes.Span[index..].CopyTo(merged.AsSpan(index + 1));
        return merged;
    }
}
