using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// What one part of a commit did to the node store, recorded instead of applied: the nodes it writes (Empty = delete)
/// and the committed nodes it read from disk that belong in the read cache. Independent subtrees record into their own
/// instance, possibly on different threads; the parts are then joined in left-to-right order and applied by one thread,
/// so the batch and the caches come out the same however the work was scheduled.
/// </summary>
internal sealed class TreeNodeWrites
{
    private readonly List<TreeNodePosition> written = [];
    private readonly List<TreeNodePosition> readForCache = [];

    /// <summary>Node writes in the order they were made.</summary>
    public IReadOnlyList<TreeNodePosition> Written => written;

    /// <summary>Committed nodes read from the store at cacheable depths.</summary>
    public IReadOnlyList<TreeNodePosition> ReadForCache => readForCache;

    /// <summary>Records that <paramref name="node"/> is to be stored at the position (Empty deletes it).</summary>
    public void Write(int depth, in Hash256 path, TreeNode node) => written.Add(new TreeNodePosition(depth, path, node));

    /// <summary>Records a committed node read from the store, for the read cache.</summary>
    public void Cache(int depth, in Hash256 path, TreeNode node) => readForCache.Add(new TreeNodePosition(depth, path, node));

    /// <summary>Forgets every record, keeping the buffers for the next commit.</summary>
    public void Clear()
    {
        written.Clear();
        readForCache.Clear();
    }

    /// <summary>Appends everything <paramref name="later"/> recorded after this instance's own records.</summary>
    public void Append(TreeNodeWrites later)
    {
        written.AddRange(later.written);
        readForCache.AddRange(later.readForCache);
    }
}
