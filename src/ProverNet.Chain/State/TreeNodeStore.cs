using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// Persists tree nodes in <see cref="ColumnFamily.StateTree"/> by position: key = depth (2 bytes, big-endian; depth 256
/// exists for two keys that differ only in the last bit) ‖ path with every bit from <c>depth</c> on cleared. Writes go
/// into the caller's batch and into an overlay read first, so a second commit before the batch lands still sees them.
/// Nodes above <c>cachedDepth</c> — the ones every update passes through — are also kept in memory once committed.
/// </summary>
internal sealed class TreeNodeStore(IKeyValueStore store, int cachedDepth)
{
    private const int KeyLength = 2 + Hash256.Length;

    // Positions written since the last ReleaseOverlay; Empty marks a delete. Looked up only, never iterated.
    private readonly Dictionary<(int Depth, Hash256 Prefix), TreeNode> overlay = [];

    // The overlay's positions in write order, so releasing it never iterates the hash map.
    private readonly List<(int Depth, Hash256 Prefix)> written = [];

    // Committed nodes at depth < cachedDepth (at most 2^cachedDepth entries); filled from reads and released overlays,
    // never from uncommitted writes, so an abandoned batch cannot leave it stale. Looked up only, never iterated.
    private readonly Dictionary<(int Depth, Hash256 Prefix), TreeNode> committed = [];

    /// <summary>The node at (<paramref name="depth"/>, prefix of <paramref name="path"/>), or Empty.</summary>
    public TreeNode Load(int depth, in Hash256 path)
    {
        var reads = new TreeNodeWrites();
        var node = Read(depth, path, reads);
        Cache(reads);
        return node;
    }

    /// <summary>
    /// The node at (<paramref name="depth"/>, prefix of <paramref name="path"/>), or Empty, recording a store read the
    /// cache should keep into <paramref name="reads"/> instead of caching it. Safe on several threads at once as long as
    /// nothing is applied meanwhile: the maps are only looked up and the store is thread-safe for reads.
    /// </summary>
    public TreeNode Read(int depth, in Hash256 path, TreeNodeWrites reads)
    {
        Span<byte> key = stackalloc byte[KeyLength];
        var prefix = WriteKey(key, depth, path);
        // The overlay is empty in the usual one-commit-per-batch rhythm: skip a probe that would only miss the cache.
        if ((overlay.Count > 0 && overlay.TryGetValue((depth, prefix), out var node)) || committed.TryGetValue((depth, prefix), out node))
        {
            return node;
        }

        Span<byte> encoded = stackalloc byte[TreeNode.EncodedLength];
        node = store.TryGetFixedSize(ColumnFamily.StateTree, key, encoded) ? TreeNode.Read(encoded) : TreeNode.Empty;
        if (depth < cachedDepth)
        {
            reads.Cache(depth, prefix, node);
        }

        return node;
    }

    /// <summary>
    /// Caches the store reads in <paramref name="writes"/>, then puts its node writes (Empty = delete) into
    /// <paramref name="batch"/> and the overlay, in recording order.
    /// </summary>
    public void Apply(IWriteBatch batch, TreeNodeWrites writes)
    {
        Cache(writes);
        Span<byte> key = stackalloc byte[KeyLength];
        Span<byte> encoded = stackalloc byte[TreeNode.EncodedLength];
        foreach (var (depth, path, node) in writes.Writes())
        {
            var prefix = WriteKey(key, depth, path);
            overlay[(depth, prefix)] = node;
            written.Add((depth, prefix));
            if (node.Kind == NodeKind.Empty)
            {
                batch.Delete(ColumnFamily.StateTree, key);
            }
            else
            {
                node.WriteTo(encoded);
                batch.Put(ColumnFamily.StateTree, key, encoded);
            }
        }
    }

    /// <summary>The batches carrying the overlay's writes were committed: keep the shallow ones cached, drop the rest.</summary>
    public void ReleaseOverlay()
    {
        foreach (var position in written)
        {
            if (position.Depth < cachedDepth)
            {
                committed[position] = overlay[position];
            }
        }

        overlay.Clear();
        written.Clear();
    }

    /// <summary>The batches carrying the overlay's writes were thrown away: forget them.</summary>
    public void DiscardOverlay()
    {
        overlay.Clear();
        written.Clear();
    }

    private void Cache(TreeNodeWrites reads)
    {
        foreach (var (depth, path, node) in reads.ReadsForCache())
        {
            committed[(depth, PrefixOf(depth, path))] = node;
        }
    }

    private static Hash256 PrefixOf(int depth, in Hash256 path)
    {
        Span<byte> key = stackalloc byte[KeyLength];
        return WriteKey(key, depth, path);
    }

    private static Hash256 WriteKey(Span<byte> key, int depth, in Hash256 path)
    {
        key[0] = (byte)(depth >> 8);
        key[1] = (byte)depth;
        var prefix = key[2..];
        path.WriteTo(prefix);
        if (depth < 256)
        {
            // Keep the top (depth mod 8) bits of the byte that straddles the boundary; clear everything after it.
            var boundary = depth >> 3;
            prefix[boundary] &= (byte)(0xFF << (8 - (depth & 7)));
            prefix[(boundary + 1)..].Clear();
        }

        return new Hash256(prefix);
    }
}
