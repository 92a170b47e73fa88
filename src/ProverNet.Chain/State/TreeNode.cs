using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// A node of the sparse Merkle tree. For a leaf, <see cref="First"/> is the path and <see cref="Second"/> the value hash;
/// for an internal node they are the left and right child hashes (zero for an empty child). The tree stores nodes in
/// pages (<see cref="TreePage"/>); a node is what a proof ends on.
/// </summary>
/// <param name="Kind">What the node is.</param>
/// <param name="First">Leaf path, or left child hash.</param>
/// <param name="Second">Leaf value hash, or right child hash.</param>
public readonly record struct TreeNode(NodeKind Kind, Hash256 First, Hash256 Second)
{
    /// <summary>The empty subtree.</summary>
    public static TreeNode Empty => new(NodeKind.Empty, Hash256.Zero, Hash256.Zero);

    /// <summary>A leaf holding <paramref name="valueHash"/> at <paramref name="path"/>.</summary>
    public static TreeNode Leaf(Hash256 path, Hash256 valueHash) => new(NodeKind.Leaf, path, valueHash);

    /// <summary>An internal node over two child hashes.</summary>
    public static TreeNode Internal(Hash256 left, Hash256 right) => new(NodeKind.Internal, left, right);

    /// <summary>The node's hash (see <see cref="TreeHashing"/>).</summary>
    public Hash256 Hash => Kind switch
    {
        NodeKind.Leaf => TreeHashing.Leaf(First, Second),
        NodeKind.Internal => TreeHashing.Internal(First, Second),
        _ => TreeHashing.EmptyHash,
    };
}
