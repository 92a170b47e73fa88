using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// Node hashing of the sparse Merkle tree. A leaf hashes 65 bytes (<c>0x00 ‖ path ‖ valueHash</c>) and an internal node
/// 64 bytes (<c>left ‖ right</c>), so the two preimage sets cannot overlap; an empty subtree is the zero hash at every
/// depth, which is what makes single-leaf subtrees collapsible (see State/README.md).
/// </summary>
public static class TreeHashing
{
    /// <summary>Hash of an empty subtree at any depth, and the root of the empty tree.</summary>
    public static Hash256 EmptyHash => Hash256.Zero;

    /// <summary><c>keccak256(0x00 ‖ path ‖ valueHash)</c>.</summary>
    public static Hash256 Leaf(in Hash256 path, in Hash256 valueHash)
    {
        Span<byte> preimage = stackalloc byte[1 + (2 * Hash256.Length)];
        preimage[0] = (byte)NodeKind.Leaf;
        path.WriteTo(preimage[1..]);
        valueHash.WriteTo(preimage[(1 + Hash256.Length)..]);
        return Keccak256.Hash(preimage);
    }

    /// <summary><c>keccak256(left ‖ right)</c>.</summary>
    public static Hash256 Internal(in Hash256 left, in Hash256 right)
    {
        Span<byte> preimage = stackalloc byte[2 * Hash256.Length];
        left.WriteTo(preimage);
        right.WriteTo(preimage[Hash256.Length..]);
        return Keccak256.Hash(preimage);
    }

    /// <summary>The path of a state key: <c>keccak256(stateKey)</c>, spreading keys evenly so the tree stays shallow.</summary>
    public static Hash256 PathOf(ReadOnlySpan<byte> stateKey) => Keccak256.Hash(stateKey);

    /// <summary>Bit <paramref name="depth"/> of <paramref name="path"/>, most significant first: 0 = left, 1 = right.</summary>
    public static int Bit(in Hash256 path, int depth) => (path.ByteAt(depth >> 3) >> (7 - (depth & 7))) & 1;

    /// <summary>The four bits of <paramref name="path"/> from <paramref name="depth"/> (a multiple of 4) on: a page slot.</summary>
    public static int Nibble(in Hash256 path, int depth)
    {
        var pair = path.ByteAt(depth >> 3);
        return (depth & 4) == 0 ? pair >> 4 : pair & 0x0F;
    }
}
