using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// A node of the sparse Merkle tree. For a leaf, <see cref="First"/> is the path and <see cref="Second"/> the value hash;
/// for an internal node they are the left and right child hashes (zero for an empty child). Stored as
/// <c>kind ‖ first ‖ second</c> (65 bytes), so a parent can be rehashed without reading its children.
/// </summary>
/// <param name="Kind">What the node is.</param>
/// <param name="First">Leaf path, or left child hash.</param>
/// <param name="Second">Leaf value hash, or right child hash.</param>
public readonly record struct TreeNode(NodeKind Kind, Hash256 First, Hash256 Second)
{
    /// <summary>Bytes of a stored node.</summary>
    public const int EncodedLength = 1 + (2 * Hash256.Length);

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

    /// <summary>Child hash on side <paramref name="bit"/> (0 left, 1 right) of an internal node.</summary>
    public Hash256 Child(int bit) => bit == 0 ? First : Second;

    /// <summary>Writes the 65-byte stored form.</summary>
    public void WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Kind;
        First.WriteTo(destination[1..]);
        Second.WriteTo(destination[(1 + Hash256.Length)..]);
    }

    /// <summary>Reads the 65-byte stored form.</summary>
    /// <exception cref="InvalidDataException">The kind byte is not a storable node.</exception>
    public static TreeNode Read(ReadOnlySpan<byte> source)
    {
        var kind = (NodeKind)source[0];
        if (kind is not (NodeKind.Leaf or NodeKind.Internal))
        {
            throw new InvalidDataException($"corrupt state tree node: kind byte {source[0]}");
        }

        return new TreeNode(kind, new Hash256(source.Slice(1, Hash256.Length)), new Hash256(source[(1 + Hash256.Length)..]));
    }
}
