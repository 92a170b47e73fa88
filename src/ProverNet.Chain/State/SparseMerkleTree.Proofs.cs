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
        var node = nodes.Load(0, Hash256.Zero);
        while (node.Kind == NodeKind.Internal)
        {
            var depth = siblings.Count;
            var bit = TreeHashing.Bit(path, depth);
            siblings.Add(node.Child(1 - bit));
            var child = node.Child(bit);
            node = child == TreeHashing.EmptyHash ? TreeNode.Empty : nodes.Load(depth + 1, path);
        }

        return new SparseMerkleProof(siblings, node);
    }
}
