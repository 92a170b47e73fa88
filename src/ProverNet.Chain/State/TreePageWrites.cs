using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// What one part of a commit did to the page store, recorded instead of applied: the pages it writes (null = delete)
/// and the committed pages it read from disk that belong in the read cache. Independent subtrees record into their own
/// instance, possibly on different threads; a parent links its parts in at the point they finished (no copying), and
/// <see cref="Writes"/> replays everything in the order of the sequential walk, so one thread applies the same batch
/// however the work was scheduled.
/// </summary>
internal sealed class TreePageWrites
{
    // A commit of a whole genesis would otherwise keep its record buffers for the life of the tree.
    private const int RetainedCapacity = 1 << 17;

    private readonly List<TreePagePosition> written = [];
    private readonly List<TreePagePosition> readForCache = [];
    private readonly List<TreePage> readTransiently = [];
    private readonly List<(int At, TreePageWrites Part)> parts = [];

    /// <summary>The parts linked in by <see cref="Append"/>, for returning them to a pool.</summary>
    public IEnumerable<TreePageWrites> Parts => parts.Select(link => link.Part);

    /// <summary>Records that <paramref name="page"/> is to be stored at the position (null deletes it).</summary>
    public void Write(int depth, in Hash256 path, TreePage? page) => written.Add(new TreePagePosition(depth, path, page));

    /// <summary>Records a committed page (or its absence) read from the store, for the read cache.</summary>
    public void Cache(int depth, in Hash256 path, TreePage? page) => readForCache.Add(new TreePagePosition(depth, path, page));

    /// <summary>Links in everything <paramref name="later"/> recorded, after this instance's records so far.</summary>
    public void Append(TreePageWrites later) => parts.Add((written.Count, later));

    /// <summary>Every page write, linked parts included, in recording order.</summary>
    public IEnumerable<TreePagePosition> Writes()
    {
        var next = 0;
        foreach (var (at, part) in parts)
        {
            for (; next < at; next++)
            {
                yield return written[next];
            }

            foreach (var write in part.Writes())
            {
                yield return write;
            }
        }

        for (; next < written.Count; next++)
        {
            yield return written[next];
        }
    }

    /// <summary>Records a page read from the store below the cached depth: only this commit refers to it.</summary>
    public void Transient(TreePage page) => readTransiently.Add(page);

    /// <summary>Every page recorded by <see cref="Transient"/>, linked parts included.</summary>
    public IEnumerable<TreePage> TransientReads() => readTransiently.Concat(parts.SelectMany(link => link.Part.TransientReads()));

    /// <summary>Every store read for the cache, linked parts included (each position appears once; order is immaterial).</summary>
    public IEnumerable<TreePagePosition> ReadsForCache() => readForCache.Concat(parts.SelectMany(link => link.Part.ReadsForCache()));

    /// <summary>Forgets every record and link, keeping modest buffers for the next commit.</summary>
    public void Clear()
    {
        written.Clear();
        readForCache.Clear();
        readTransiently.Clear();
        parts.Clear();
        if (written.Capacity > RetainedCapacity)
        {
            written.Capacity = RetainedCapacity;
        }

        if (readForCache.Capacity > RetainedCapacity)
        {
            readForCache.Capacity = RetainedCapacity;
        }
    }
}
