using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// A sparse binary Merkle tree over 256-bit paths (<c>keccak256(stateKey)</c>) with single-leaf subtrees collapsed: a
/// leaf sits at the shallowest position where it is alone, so a tree of n keys is about log2(n) deep rather than 256.
/// Changes are buffered by <see cref="Set"/>/<see cref="Delete"/> and applied by <see cref="Commit"/>, which visits only
/// the positions on touched paths and writes the changed nodes into the caller's batch (atomic with the block).
/// Not thread-safe; a large commit spreads its walk over pool threads itself, with a result that does not depend on it.
/// Design, hashing, the empty root and figures: State/README.md.
/// </summary>
public sealed partial class SparseMerkleTree
{
    private readonly TreeNodeStore nodes;

    // Changes in arrival order, one per path (a later change to a path overwrites its slot), and each path's slot. The
    // map is only looked up; Commit sorts the list, so nothing depends on hash order.
    private readonly List<TreeChange> pending = [];
    private readonly Dictionary<Hash256, int> pendingSlots = [];

    // Buffers kept across commits so a block's commit allocates next to nothing once the first has sized them: the
    // sorted changes, and the records of the walk (one per part worked on in parallel; see SparseMerkleTree.Branch.cs).
    private readonly Lock spareWritesGate = new();
    private readonly Stack<TreeNodeWrites> spareWrites = [];
    private TreeChange[] sortedChanges = [];

    // A bigger commit (a genesis) sorts in an array of its own rather than keep one that size for the life of the tree.
    private const int MaxReusedChanges = 1 << 17;

    /// <summary>
    /// Depth above which committed nodes stay in memory by default: at most 2^20 positions, about 130 MB once the tree
    /// holds a million keys (≈ 25 MB at 100k). It spares the store reads that dominate a commit (State/README.md).
    /// </summary>
    public const int DefaultCachedDepth = 20;

    /// <summary>Opens the tree whose nodes are in <paramref name="store"/> (empty if it has none).</summary>
    /// <param name="store">Where the nodes are (<see cref="ColumnFamily.StateTree"/>).</param>
    /// <param name="cachedDepth">Committed nodes shallower than this are kept in memory (0 disables the cache).</param>
    public SparseMerkleTree(IKeyValueStore store, int cachedDepth = DefaultCachedDepth)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(cachedDepth);
        nodes = new TreeNodeStore(store, cachedDepth);
        Root = nodes.Load(0, Hash256.Zero).Hash;
    }

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
            var oldRoot = nodes.Read(0, Hash256.Zero, writes);
            var newRoot = Update(writes, 0, oldRoot, changes);
            if (newRoot != oldRoot)
            {
                writes.Write(0, Hash256.Zero, newRoot);
            }

            nodes.Apply(batch, writes);
            Root = newRoot.Hash;
            return Root;
        }
        finally
        {
            ReturnWrites(writes);
        }
    }

    /// <summary>Call once the batches passed to <see cref="Commit"/> since the last call have been committed.</summary>
    public void ReleaseWrittenNodes() => nodes.ReleaseOverlay();

    /// <summary>
    /// Call when the batches passed to <see cref="Commit"/> since the last release were thrown away instead: forgets
    /// their nodes and returns <see cref="Root"/> to the committed root.
    /// </summary>
    public void DiscardWrittenNodes()
    {
        ClearPending();
        nodes.DiscardOverlay();
        Root = nodes.Load(0, Hash256.Zero).Hash;
    }

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

    /// <summary>The new node for a position holding <paramref name="existing"/>; records changed descendants, not itself.</summary>
    private TreeNode Update(TreeNodeWrites writes, int depth, TreeNode existing, ReadOnlyMemory<TreeChange> changes)
    {
        if (existing.Kind == NodeKind.Leaf)
        {
            // The lone leaf here is pushed down among the changes (unless one of them replaces it).
            changes = WithExistingLeaf(changes, existing);
            existing = TreeNode.Empty;
        }

        if (existing.Kind == NodeKind.Empty)
        {
            // Deletes under an empty position are no-ops; a single set becomes a leaf right here.
            var sets = 0;
            var lastSet = default(TreeChange);
            foreach (var change in changes.Span)
            {
                if (!change.IsDelete)
                {
                    sets++;
                    lastSet = change;
                }
            }

            if (sets <= 1)
            {
                return sets == 0 ? TreeNode.Empty : TreeNode.Leaf(lastSet.Path, lastSet.ValueHash);
            }
        }

        return UpdateBranch(writes, depth, existing, changes);
    }

    private static ReadOnlyMemory<TreeChange> WithExistingLeaf(ReadOnlyMemory<TreeChange> changes, TreeNode leaf)
    {
        var index = changes.Span.BinarySearch(new TreeChange(leaf.First, default, false), ChangeOrder.Instance);
        if (index >= 0)
        {
            return changes;
        }

        index = ~index;
        var merged = new TreeChange[changes.Length + 1];
        changes.Span[..index].CopyTo(merged);
        merged[index] = new TreeChange(leaf.First, leaf.Second, IsDelete: false);
        changes.Span[index..].CopyTo(merged.AsSpan(index + 1));
        return merged;
    }
}
