using System.Numerics;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// Four levels of the binary tree kept as one stored entry: the subtree under a position whose depth is a multiple of 4,
/// down to its 16 child positions (slots). A slot is empty, a leaf alone in its sixteenth (path and value hash kept
/// inline), or a branch — a page four levels down holds that subtree, which has at least two keys. The 15 binary
/// positions inside the page are hashed from the slots by the binary tree's own rule (empty is zero, a lone leaf moves
/// up, anything else is <c>keccak256(left ‖ right)</c>), so grouping the tree into pages changes neither its root nor
/// its proofs; it only stores and caches a quarter as many entries. Positions inside a page use heap numbering: 1 is the
/// page's top, <c>2h</c> and <c>2h + 1</c> are the children of <c>h</c>, 16–31 are the slots.
/// An update fills another page object, reusing the hashes of the halves it did not touch; a page in the store's
/// overlay or cache is never changed.
/// </summary>
internal sealed partial class TreePage
{
    /// <summary>Child slots of a page (four binary levels).</summary>
    public const int Fanout = 16;

    /// <summary>Binary levels a page spans.</summary>
    public const int Levels = 4;

    // Hashes of the page: first those of positions 1–15 that hold an internal node (in position order; a lone leaf's is
    // its slot's), then per present slot
    // in slot order a branch's hash, or a leaf's hash, path and value hash. Sized by class (see CapacityFor), so a deep
    // page with two leaves takes ≈ 300 bytes and a full one 2 KB, and a page object can be refilled with any content
    // of its class (TreePageStore pools them per class: no garbage per block).
    private readonly Hash256[] hashes;
    private ushort leafMask;
    private ushort branchMask;
    private ushort internalMask;
    private ushort liftedLeafMask;
    private int positionCount;

    /// <summary>A page object for contents of at most <paramref name="capacity"/> hashes (a value of <see cref="CapacityFor"/>).</summary>
    public TreePage(int capacity) => hashes = new Hash256[capacity];

    /// <summary>Hashes this page object can hold: its size class.</summary>
    public int Capacity => hashes.Length;

    /// <summary>What the page's top position holds: empty (no slots), a lone leaf, or an internal node.</summary>
    public NodeKind Kind => KindAt(1);

    /// <summary>The hash of the page's top position: the binary tree's hash of this subtree.</summary>
    public Hash256 Hash => HashAt(1);

    /// <summary>
    /// Makes this page hold <paramref name="slots"/>, whose slots outside <paramref name="changedSlots"/> are as in
    /// <paramref name="previous"/> (their position hashes are reused; null recomputes every one).
    /// </summary>
    public void Fill(in TreePageSlots slots, TreePage? previous, ushort changedSlots)
    {
        var (internals, lifted) = PositionKinds(slots.LeafMask, slots.BranchMask);
        if (HashesNeeded(internals, slots) > hashes.Length)
        {
            throw new InvalidOperationException($"a page of {hashes.Length} hashes cannot hold these slots");
        }

        (internalMask, liftedLeafMask) = (internals, lifted);
        leafMask = slots.LeafMask;
        branchMask = slots.BranchMask;
        positionCount = BitOperations.PopCount((uint)internalMask);
        var next = positionCount;
        for (var slot = 0; slot < Fanout; slot++)
        {
            if ((leafMask >> slot & 1) != 0)
            {
                hashes[next++] = slots.Hashes[slot];
                hashes[next++] = slots.Paths[slot];
                hashes[next++] = slots.Values[slot];
            }
            else if ((branchMask >> slot & 1) != 0)
            {
                hashes[next++] = slots.Hashes[slot];
            }
        }

        HashPositions(slots, previous, changedSlots);
    }

    /// <summary>The size class of a page holding <paramref name="slots"/>: 8, 16, 32 or 64 hashes.</summary>
    public static int CapacityFor(in TreePageSlots slots) =>
        Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)HashesNeeded(PositionKinds(slots.LeafMask, slots.BranchMask).Internals, slots)));

    private static int HashesNeeded(ushort internals, in TreePageSlots slots) =>
        BitOperations.PopCount((uint)internals) + BitOperations.PopCount((uint)slots.BranchMask) + (3 * BitOperations.PopCount((uint)slots.LeafMask));

    /// <summary>What position <paramref name="heapIndex"/> (1–31) holds; a branch slot counts as internal.</summary>
    public NodeKind KindAt(int heapIndex)
    {
        if (heapIndex >= Fanout)
        {
            var slot = heapIndex - Fanout;
            return (leafMask >> slot & 1) != 0 ? NodeKind.Leaf : (branchMask >> slot & 1) != 0 ? NodeKind.Internal : NodeKind.Empty;
        }

        return (internalMask >> heapIndex & 1) != 0 ? NodeKind.Internal
            : (liftedLeafMask >> heapIndex & 1) != 0 ? NodeKind.Leaf
            : NodeKind.Empty;
    }

    /// <summary>The hash at position <paramref name="heapIndex"/> (1–31); zero when empty.</summary>
    public Hash256 HashAt(int heapIndex) =>
        heapIndex >= Fanout ? SlotHash(heapIndex - Fanout)
        : (internalMask >> heapIndex & 1) != 0 ? hashes[PositionOffset(heapIndex)]
        : (liftedLeafMask >> heapIndex & 1) != 0 ? SlotHash(LeafSlotUnder(heapIndex))
        : Hash256.Zero;

    /// <summary>The leaf alone under position <paramref name="heapIndex"/>, whose kind is <see cref="NodeKind.Leaf"/>.</summary>
    public TreeNode LeafUnder(int heapIndex)
    {
        var slot = LeafSlotUnder(heapIndex);
        return TreeNode.Leaf(LeafPath(slot), LeafValue(slot));
    }

    /// <summary>Copies the slots into <paramref name="slots"/> for an update.</summary>
    public void CopyTo(ref TreePageSlots slots)
    {
        slots.LeafMask = leafMask;
        slots.BranchMask = branchMask;
        var next = positionCount;
        for (var slot = 0; slot < Fanout; slot++)
        {
            if ((leafMask >> slot & 1) != 0)
            {
                slots.Hashes[slot] = hashes[next++];
                slots.Paths[slot] = hashes[next++];
                slots.Values[slot] = hashes[next++];
            }
            else if ((branchMask >> slot & 1) != 0)
            {
                slots.Hashes[slot] = hashes[next++];
            }
        }
    }

    /// <summary>Path of the leaf in <paramref name="slot"/>.</summary>
    public Hash256 LeafPath(int slot) => hashes[EntryOffset(slot) + 1];

    /// <summary>Value hash of the leaf in <paramref name="slot"/>.</summary>
    public Hash256 LeafValue(int slot) => hashes[EntryOffset(slot) + 2];

    private Hash256 SlotHash(int slot) =>
        ((leafMask | branchMask) >> slot & 1) != 0 ? hashes[EntryOffset(slot)] : Hash256.Zero;

    private int EntryOffset(int slot)
    {
        var below = (1 << slot) - 1;
        return positionCount + BitOperations.PopCount((uint)(branchMask & below)) + (3 * BitOperations.PopCount((uint)(leafMask & below)));
    }

    // The first leaf slot under a position (the only one, for a position holding a lone leaf).
    private int LeafSlotUnder(int heapIndex)
    {
        var level = BitOperations.Log2((uint)heapIndex);
        var width = Fanout >> level;
        var firstSlot = (heapIndex << (Levels - level)) - Fanout;
        return BitOperations.TrailingZeroCount(leafMask & (((1 << width) - 1) << firstSlot));
    }

    private int PositionOffset(int position) => BitOperations.PopCount((uint)(internalMask & ((1 << position) - 1)));

    /// <summary>Which positions 1–15 hold an internal node and which a lone leaf: they follow from the slot kinds alone.</summary>
    private static (ushort Internals, ushort Lifted) PositionKinds(ushort leaves, ushort branches)
    {
        // Bit p of each mask for heap positions 1–31 (slots are 16–31).
        uint internals = (uint)branches << Fanout, lifted = (uint)leaves << Fanout;
        for (var position = Fanout - 1; position >= 1; position--)
        {
            var pair = 3u << (2 * position);
            var childLeaves = BitOperations.PopCount(lifted & pair);
            if ((internals & pair) != 0 || childLeaves == 2)
            {
                internals |= 1u << position;
            }
            else if (childLeaves == 1)
            {
                lifted |= 1u << position;
            }
        }

        return ((ushort)internals, (ushort)lifted);
    }

    // Positions 15 down to 1 from their two children; a position whose children are unchanged from previous keeps its hash.
    private void HashPositions(in TreePageSlots slots, TreePage? previous, ushort changedSlots)
    {
        Span<Hash256> positions = stackalloc Hash256[2 * Fanout];
        for (var slot = 0; slot < Fanout; slot++)
        {
            positions[Fanout + slot] = slots.KindAt(slot) == NodeKind.Empty ? Hash256.Zero : slots.Hashes[slot];
        }

        var changed = (uint)changedSlots << Fanout;
        for (var position = Fanout - 1; position >= 1; position--)
        {
            var left = 2 * position;
            if (previous is not null && (changed >> left & 3) == 0)
            {
                positions[position] = previous.HashAt(position);
            }
            else
            {
                positions[position] = KindAt(position) == NodeKind.Internal
                    ? TreeHashing.Internal(positions[left], positions[left + 1])
                    : positions[left] == Hash256.Zero ? positions[left + 1] : positions[left]; // a lone leaf moves up; empty stays zero
                changed |= 1u << position;
            }
        }

        var next = 0;
        for (var position = 1; position < Fanout; position++)
        {
            if ((internalMask >> position & 1) != 0)
            {
                hashes[next++] = positions[position];
            }
        }
    }
}
