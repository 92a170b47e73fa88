using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// The 16 children of a page being updated, as a mutable value the walk keeps on its stack: a bit per slot says whether
/// it holds a leaf or a branch (neither = empty); for a leaf the hash, path and value hash, for a branch its hash.
/// </summary>
internal struct TreePageSlots
{
    public ushort LeafMask;
    public ushort BranchMask;
    public SlotHashes Hashes;
    public SlotHashes Paths;
    public SlotHashes Values;

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
