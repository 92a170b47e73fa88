using System.Numerics;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>
/// Persists tree pages in <see cref="ColumnFamily.StateTree"/> by position: key = depth / 4 (1 byte) ‖ the first
/// ⌈depth / 8⌉ bytes of the path, bits from <c>depth</c> on cleared (the root page's key is the single byte 0). Writes go
/// into the caller's batch and into an overlay read first, so a second commit before the batch lands still sees them.
/// Pages above <c>cachedDepth</c> — the ones every update passes through — are also kept in memory once committed.
/// </summary>
internal sealed class TreePageStore(IKeyValueStore store, int cachedDepth)
{
    private const int MaxKeyLength = 1 + Hash256.Length;

    // Page objects no longer referenced, for the next commit, one stack per size class (8, 16, 32, 64 hashes): replaced
    // cached pages, released overlay pages and pages read for one commit come back here, so a steady stream of blocks
    // allocates no pages and leaves none for the GC to promote. Each class keeps at most 16 MB of hashes, so a
    // genesis-sized commit does not keep its pages for the life of the store.
    private const int SpareBytesPerClass = 16 << 20;
    private readonly Stack<TreePage>[] sparePages = [[], [], [], []];
    private readonly Lock sparePagesGate = new();

    // Positions written since the last ReleaseOverlay; null marks a delete. Looked up only, never iterated.
    private readonly Dictionary<(int Depth, Hash256 Prefix), TreePage?> overlay = [];

    // The overlay's positions in write order, so releasing it never iterates the hash map.
    private readonly List<(int Depth, Hash256 Prefix)> written = [];

    // Committed pages (null: none there) at depth < cachedDepth; filled from reads and released overlays, never from
    // uncommitted writes, so an abandoned batch cannot leave it stale. Looked up only, never iterated.
    private readonly Dictionary<(int Depth, Hash256 Prefix), TreePage?> committed = [];

    /// <summary>The page at (<paramref name="depth"/>, prefix of <paramref name="path"/>), or null, caching a store read.</summary>
    public TreePage? Load(int depth, in Hash256 path)
    {
        var reads = new TreePageWrites();
        var page = Read(depth, path, reads);
        Cache(reads);
        return page;
    }

    /// <summary>
    /// The page at (<paramref name="depth"/>, prefix of <paramref name="path"/>), or null, recording a store read the
    /// cache should keep into <paramref name="reads"/> instead of caching it. Safe on several threads at once as long as
    /// nothing is applied meanwhile: the maps are only looked up and the store is thread-safe for reads.
    /// </summary>
    public TreePage? Read(int depth, in Hash256 path, TreePageWrites reads)
    {
        Span<byte> key = stackalloc byte[MaxKeyLength];
        var prefix = PrefixOf(depth, path);
        // The overlay is empty in the usual one-commit-per-batch rhythm: skip a probe that would only miss the cache.
        if ((overlay.Count > 0 && overlay.TryGetValue((depth, prefix), out var page)) || committed.TryGetValue((depth, prefix), out page))
        {
            return page;
        }

        Span<byte> encoded = stackalloc byte[TreePage.MaxEncodedLength];
        page = store.TryGet(ColumnFamily.StateTree, key[..WriteKey(key, depth, prefix)], encoded, out var length)
            ? Decode(encoded[..length])
            : null;
        if (depth < cachedDepth)
        {
            reads.Cache(depth, prefix, page);
        }
        else if (page is not null)
        {
            reads.Transient(page);
        }

        return page;
    }

    /// <summary>
    /// Caches the store reads in <paramref name="writes"/>, then puts its page writes (null = delete) into
    /// <paramref name="batch"/> and the overlay, in recording order.
    /// </summary>
    public void Apply(IWriteBatch batch, TreePageWrites writes)
    {
        Cache(writes);
        Span<byte> key = stackalloc byte[MaxKeyLength];
        Span<byte> encoded = stackalloc byte[TreePage.MaxEncodedLength];
        foreach (var (depth, path, page) in writes.Writes())
        {
            var prefix = PrefixOf(depth, path);
            var keyLength = WriteKey(key, depth, prefix);
            if (overlay.Remove((depth, prefix), out var earlier))
            {
                // Written by an earlier commit into the same batch: this one replaces it, and it is already listed.
                Recycle(earlier);
            }
            else
            {
                written.Add((depth, prefix));
            }

            overlay[(depth, prefix)] = page;
            if (page is null)
            {
                batch.Delete(ColumnFamily.StateTree, key[..keyLength]);
            }
            else
            {
                batch.Put(ColumnFamily.StateTree, key[..keyLength], encoded[..page.WriteTo(encoded)]);
            }
        }
    }

    /// <summary>Takes back the pages the commit recorded in <paramref name="writes"/> read below the cached depth (call once it is applied).</summary>
    public void RecycleTransientReads(TreePageWrites writes)
    {
        foreach (var page in writes.TransientReads())
        {
            Recycle(page);
        }
    }

    /// <summary>The batches carrying the overlay's writes were committed: keep the shallow ones cached, drop the rest.</summary>
    public void ReleaseOverlay()
    {
        foreach (var position in written)
        {
            var page = overlay[position];
            if (position.Depth < cachedDepth)
            {
                if (committed.TryGetValue(position, out var replaced))
                {
                    Recycle(replaced);
                }

                committed[position] = page;
            }
            else
            {
                Recycle(page);
            }
        }

        overlay.Clear();
        written.Clear();
    }

    /// <summary>The batches carrying the overlay's writes were thrown away: forget them.</summary>
    public void DiscardOverlay()
    {
        foreach (var position in written)
        {
            Recycle(overlay[position]);
        }

        overlay.Clear();
        written.Clear();
    }

    /// <summary>A page object of <paramref name="capacity"/> hashes (<see cref="TreePage.CapacityFor"/>) to fill, reused when one is spare. Safe on several threads at once.</summary>
    public TreePage Rent(int capacity)
    {
        var spare = sparePages[SizeClass(capacity)];
        lock (sparePagesGate)
        {
            if (spare.Count > 0)
            {
                return spare.Pop();
            }
        }

        return new TreePage(capacity);
    }

    /// <summary>Takes back a page nothing refers to any more (neither the overlay, the cache nor a commit in progress).</summary>
    public void Recycle(TreePage? page)
    {
        if (page is null)
        {
            return;
        }

        var spare = sparePages[SizeClass(page.Capacity)];
        lock (sparePagesGate)
        {
            if (spare.Count * page.Capacity * Hash256.Length < SpareBytesPerClass)
            {
                spare.Push(page);
            }
        }
    }

    private TreePage Decode(ReadOnlySpan<byte> encoded)
    {
        var slots = default(TreePageSlots);
        TreePage.Read(encoded, ref slots);
        var page = Rent(TreePage.CapacityFor(slots));
        page.Fill(slots, previous: null, changedSlots: ushort.MaxValue);
        return page;
    }

    private static int SizeClass(int capacity) => BitOperations.Log2((uint)capacity) - 3;

    private void Cache(TreePageWrites reads)
    {
        foreach (var (depth, path, page) in reads.ReadsForCache())
        {
            committed[(depth, PrefixOf(depth, path))] = page;
        }
    }

    /// <summary><paramref name="path"/> with every bit from <paramref name="depth"/> on cleared.</summary>
    private static Hash256 PrefixOf(int depth, in Hash256 path)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        path.WriteTo(bytes);
        var boundary = depth >> 3;
        if ((depth & 7) != 0)
        {
            bytes[boundary++] &= (byte)(0xFF << (8 - (depth & 7)));
        }

        bytes[boundary..].Clear();
        return new Hash256(bytes);
    }

    private static int WriteKey(Span<byte> key, int depth, in Hash256 prefix)
    {
        key[0] = (byte)(depth / TreePage.Levels);
        var length = (depth + 7) >> 3;
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        prefix.WriteTo(bytes);
        bytes[..length].CopyTo(key[1..]);
        return 1 + length;
    }
}
