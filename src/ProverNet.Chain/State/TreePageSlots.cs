using System.Runtime.CompilerServices;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// The 16 children of a page being updated, as a mutable value the walk keeps on its stack: a bit per slot says whether
/// it holds a leaf or a branch (neither = empty); for a leaf the hash, path and value hash, for a branch its hash.
/// </summary>
/// <remarks>
/// Only what the masks mark is defined: nothing reads the hashes of an empty slot or the path of a branch. So a walk
/// starts from <see cref="Start"/> in a method marked <c>[SkipLocalsInit]</c> instead of zeroing 1.5 KB per page
/// (the zeroing was a tenth of the node's CPU under the 5,000 tx/s load, docs/performance.md).
/// </remarks>
internal struct TreePageSlots
{
    public ushort LeafMask;
    public ushort BranchMask;
    public SlotHashes Hashes;
    public SlotHashes Paths;
    public SlotHashes Values;

    /// <summary>Makes <paramref name="slots"/> hold <paramref name="existing"/>'s slots, or none.</summary>
    public static void Start(out TreePageSlots slots, TreePage? existing)
    {
        Unsafe.SkipInit(out slots);
        slots.LeafMask = 0;
        slots.BranchMask = 0;
        existing?.CopyTo(ref slots);
    }

    public readonly NodeKind KindAt(int slot) =>
        (LeafMask >> slot & 1) != 0 ? NodeKind.Leaf : (BranchMask >> slot & 1) != 0 ? NodeKind.Internal : NodeKind.Empty;

    public void SetEmpty(int slot)
    {
        var keep = (ushort)~(1 << slot);
        LeafMask &= keep;
        BranchMask &= keep;
        Hashes[slot] = Hash256.Zero;
    }

    public void SetLeaf(int slot, in Hash256 path, in Hash256 valueHash, in Hash256 leafHash)
    {
        LeafMask |= (ushort)(1 << slot);
        BranchMask &= (ushort)~(1 << slot);
        Hashes[slot] = leafHash;
        Paths[slot] = path;
        Values[slot] = valueHash;
    }

    public void SetBranch(int slot, in Hash256 hash)
    {
        BranchMask |= (ushort)(1 << slot);
        LeafMask &= (ushort)~(1 << slot);
        Hashes[slot] = hash;
    }
}
