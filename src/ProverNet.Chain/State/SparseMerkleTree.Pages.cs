using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>Updating a page: each slot with changes is updated in turn (a branch by recursing), then the page is rehashed.</summary>
public sealed partial class SparseMerkleTree
{
    // The root page's slots are split in two parts worked on at once when both parts have enough changes to pay for
    // handing work to another thread. The core count is not consulted (src/ reads nothing from its environment): on one
    // core the parts simply queue.
    private const int MinChangesPerParallelPart = 128;

    /// <summary>
    /// The new page for a position holding <paramref name="existing"/> (null: none) after <paramref name="changes"/>,
    /// or null when no key is left under it. Records the writes of the pages below, not of this one.
    /// </summary>
    private TreePage? UpdatePage(TreePageWrites writes, int depth, TreePage? existing, ReadOnlyMemory<TreeChange> changes)
    {
        var slots = default(TreePageSlots);
        existing?.CopyTo(ref slots);
        var split = depth == 0 ? ParallelSplit(changes.Span) : 0;
        var changed = split > 0
            ? UpdateSlotsInParallel(writes, existing, ref slots, changes, split)
            : UpdateSlots(writes, depth, ref slots, changes);
        if ((slots.LeafMask | slots.BranchMask) == 0)
        {
            return null;
        }

        var page = pages.Rent(TreePage.CapacityFor(slots));
        page.Fill(slots, existing, changed);
        return page;
    }

    /// <summary>Applies <paramref name="changes"/> to the slots they fall in; returns the mask of slots updated.</summary>
    private ushort UpdateSlots(TreePageWrites writes, int depth, ref TreePageSlots slots, ReadOnlyMemory<TreeChange> changes)
    {
        ushort changed = 0;
        var start = 0;
        while (start < changes.Length)
        {
            var slot = TreeHashing.Nibble(changes.Span[start].Path, depth);
            var end = EndOfSlot(changes.Span, start, depth, slot);
            UpdateSlot(writes, depth + TreePage.Levels, ref slots, slot, changes[start..end]);
            changed |= (ushort)(1 << slot);
            start = end;
        }

        return changed;
    }

    private void UpdateSlot(TreePageWrites writes, int childDepth, ref TreePageSlots slots, int slot, ReadOnlyMemory<TreeChange> changes)
    {
        var path = changes.Span[0].Path;
        switch (slots.KindAt(slot))
        {
            case NodeKind.Internal:
                var old = pages.Read(childDepth, path, writes)
                    ?? throw new InvalidDataException($"corrupt state tree: no page at depth {childDepth} under a branch");
                Place(writes, childDepth, path, old, UpdatePage(writes, childDepth, old, changes), ref slots, slot);
                return;
            case NodeKind.Leaf:
                // The lone leaf here is pushed down among the changes (unless one of them replaces it).
                changes = WithExistingLeaf(changes, slots.Paths[slot], slots.Values[slot]);
                break;
        }

        // Deletes under an empty slot are no-ops; a single set becomes a leaf right here, more a page below.
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

        if (sets == 0)
        {
            slots.SetEmpty(slot);
        }
        else if (sets == 1)
        {
            slots.SetLeaf(slot, lastSet.Path, lastSet.ValueHash, TreeHashing.Leaf(lastSet.Path, lastSet.ValueHash));
        }
        else
        {
            Place(writes, childDepth, path, old: null, UpdatePage(writes, childDepth, existing: null, changes), ref slots, slot);
        }
    }

    /// <summary>Puts an updated child page into its parent's slot: a page left with one leaf gives it up and is deleted.</summary>
    private void Place(TreePageWrites writes, int depth, in Hash256 path, TreePage? old, TreePage? updated, ref TreePageSlots slots, int slot)
    {
        if (updated is null || updated.Kind == NodeKind.Leaf)
        {
            if (updated is null)
            {
                slots.SetEmpty(slot);
            }
            else
            {
                var leaf = updated.LeafUnder(1);
                slots.SetLeaf(slot, leaf.First, leaf.Second, updated.Hash);
            }

            if (old is not null)
            {
                writes.Write(depth, path, null);
            }

            pages.Recycle(updated);
            return;
        }

        slots.SetBranch(slot, updated.Hash);
        // Same hash, same page: it is already stored at this position.
        if (old?.Hash != updated.Hash)
        {
            writes.Write(depth, path, updated);
        }
        else
        {
            pages.Recycle(updated);
        }
    }

    /// <summary>
    /// The root page's slots in two parts at once, the first on a pool thread: they touch disjoint positions and only
    /// read shared state, and their records are joined first part then second, exactly the order of the sequential walk,
    /// so the result does not depend on scheduling.
    /// </summary>
    private ushort UpdateSlotsInParallel(TreePageWrites writes, TreePage? existing, ref TreePageSlots slots, ReadOnlyMemory<TreeChange> changes, int split)
    {
        // Both records are linked into the parent, which returns them to the pool with itself after the commit.
        var firstWrites = RentWrites();
        var secondWrites = RentWrites();
        var first = Task.Run(() =>
        {
            var firstSlots = default(TreePageSlots);
            existing?.CopyTo(ref firstSlots);
            var updated = UpdateSlots(firstWrites, 0, ref firstSlots, changes[..split]);
            return (Slots: firstSlots, Updated: updated);
        });
        ushort secondUpdated;
        try
        {
            secondUpdated = UpdateSlots(secondWrites, 0, ref slots, changes[split..]);
        }
        finally
        {
            // Never leave the first part running past this commit, even when the second failed.
            ((Task)first).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }

        var (firstSlots, firstUpdated) = first.GetAwaiter().GetResult();
        for (var slot = 0; slot < TreePage.Fanout; slot++)
        {
            if ((firstUpdated >> slot & 1) != 0)
            {
                CopySlot(ref slots, firstSlots, slot);
            }
        }

        writes.Append(firstWrites);
        writes.Append(secondWrites);
        return (ushort)(firstUpdated | secondUpdated);
    }

    // Record buffers are reused across commits (cleared on return); which buffer a part gets does not matter.
    private TreePageWrites RentWrites()
    {
        lock (spareWritesGate)
        {
            return spareWrites.Count > 0 ? spareWrites.Pop() : new TreePageWrites();
        }
    }

    private void ReturnWrites(TreePageWrites writes)
    {
        foreach (var part in writes.Parts)
        {
            ReturnWrites(part);
        }

        writes.Clear();
        lock (spareWritesGate)
        {
            spareWrites.Push(writes);
        }
    }

    private static void CopySlot(ref TreePageSlots to, in TreePageSlots from, int slot)
    {
        switch (from.KindAt(slot))
        {
            case NodeKind.Leaf:
                to.SetLeaf(slot, from.Paths[slot], from.Values[slot], from.Hashes[slot]);
                break;
            case NodeKind.Internal:
                to.SetBranch(slot, from.Hashes[slot]);
                break;
            default:
                to.SetEmpty(slot);
                break;
        }
    }

    /// <summary>Where to split the root's changes between two threads (at a slot boundary near the middle), or 0 for no split.</summary>
    private static int ParallelSplit(ReadOnlySpan<TreeChange> changes)
    {
        if (changes.Length < 2 * MinChangesPerParallelPart)
        {
            return 0;
        }

        var middleSlot = TreeHashing.Nibble(changes[changes.Length / 2].Path, 0);
        var split = FirstWithNibbleAtLeast(changes, 0, middleSlot);
        if (split < MinChangesPerParallelPart)
        {
            split = EndOfSlot(changes, split, 0, middleSlot);
        }

        return Math.Min(split, changes.Length - split) >= MinChangesPerParallelPart ? split : 0;
    }

    /// <summary>Index after the last change from <paramref name="start"/> on whose nibble at <paramref name="depth"/> is <paramref name="slot"/>.</summary>
    private static int EndOfSlot(ReadOnlySpan<TreeChange> changes, int start, int depth, int slot) =>
        slot == TreePage.Fanout - 1 ? changes.Length : FirstWithNibbleAtLeast(changes, depth, slot + 1, start);

    /// <summary>Index of the first change whose nibble at <paramref name="depth"/> is at least <paramref name="nibble"/> (the changes are sorted and share the bits above).</summary>
    private static int FirstWithNibbleAtLeast(ReadOnlySpan<TreeChange> changes, int depth, int nibble, int low = 0)
    {
        var high = changes.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (TreeHashing.Nibble(changes[middle].Path, depth) < nibble)
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
