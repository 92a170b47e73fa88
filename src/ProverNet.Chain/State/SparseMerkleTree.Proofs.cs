using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>Proofs against the committed tree.</summary>
public sealed partial class SparseMerkleTree
{
    /// <summary>A proof for <paramref name="stateKey"/> against <see cref="Root"/> (pending changes are not included).</summary>
    public SparseMerkleProof GetProof(ReadOnlySpan<byte> stateKey) => GetProofForPath(TreeHashing.PathOf(stateKey));

    /// <summary>A proof for an already-hashed <paramref name="path"/> against <see cref="Root"/>.</summary>
    public SparseMerkleProof GetProofForPath(Hash256 path)
    {
        var siblings = new List<Hash256>();
        var page = pages.Load(0, Hash256.Zero);
        while (page is not null)
        {
            // Down the page's binary positions while they are internal: the path's bit picks the side, the other is the sibling.
            var depth = siblings.Count;
            var position = 1;
            for (var level = 0; level < TreePage.Levels && page.KindAt(position) == NodeKind.Internal; level++)
            {
                var bit = TreeHashing.Bit(path, depth + level);
                siblings.Add(page.HashAt((2 * position) + 1 - bit));
                position = (2 * position) + bit;
            }

            switch (page.KindAt(position))
            {
                case NodeKind.Leaf:
                    return new SparseMerkleProof(siblings, page.LeafUnder(position));
                case NodeKind.Empty:
                    return new SparseMerkleProof(siblings, TreeNode.Empty);
            }

            // An internal slot is a branch: its page continues the walk.
            page = pages.Load(depth + TreePage.Levels, path)
                ?? throw new InvalidDataException($"corrupt state tree: no page at depth {depth + TreePage.Levels} under a branch");
        }

        return new SparseMerkleProof(siblings, TreeNode.Empty);
    }
}
