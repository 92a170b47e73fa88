using System.Buffers;
using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// The Merkle tree of L2→L1 messages exactly as the L1 RollupBridge verifies it with OpenZeppelin <c>MerkleProof</c>
/// (contracts/README.md; reference: contracts/test/helpers.js): leaves in ascending nonce order, neighbours paired
/// <c>(0,1), (2,3), …</c> with <c>parent = keccak256(min ‖ max)</c>, an odd last node carried up unchanged, a single
/// leaf being the root. The empty tree's root is zero, under which no leaf can be proven.
/// </summary>
public sealed class MessagesMerkleTree
{
    private readonly Hash256[][] levels;

    /// <summary>Builds the tree of <paramref name="messages"/>, which must be in strictly ascending nonce order.</summary>
    public MessagesMerkleTree(IReadOnlyList<L2ToL1Message> messages)
        : this(LeavesOf(messages))
    {
    }

    private MessagesMerkleTree(Hash256[] leaves)
    {
        var built = new List<Hash256[]> { leaves };
        while (built[^1].Length > 1)
        {
            var level = built[^1];
            var parents = new Hash256[(level.Length + 1) / 2];
            for (var i = 0; i < parents.Length; i++)
            {
                parents[i] = 2 * i + 1 < level.Length ? HashPair(level[2 * i], level[(2 * i) + 1]) : level[2 * i];
            }

            built.Add(parents);
        }

        levels = [.. built];
    }

    /// <summary>The root, or zero for no messages.</summary>
    public Hash256 Root => levels[^1].Length == 0 ? Hash256.Zero : levels[^1][0];

    /// <summary>Number of messages (leaves).</summary>
    public int Count => levels[0].Length;

    /// <summary>The leaf at <paramref name="index"/> (position in nonce order).</summary>
    public Hash256 LeafAt(int index) => levels[0][index];

    /// <summary>The proof for the leaf at <paramref name="index"/>: from the bottom, the sibling at each level that has one.</summary>
    public Hash256[] GetProof(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var proof = new List<Hash256>();
        for (var level = 0; level < levels.Length - 1; level++, index >>= 1)
        {
            var sibling = index ^ 1;
            if (sibling < levels[level].Length)
            {
                proof.Add(levels[level][sibling]);
            }
        }

        return [.. proof];
    }

    /// <summary><c>keccak256(bytes.concat(keccak256(abi.encode(nonce, kind, target, amount, data))))</c>.</summary>
    public static Hash256 Leaf(in L2ToL1Message message)
    {
        var length = message.AbiEncodedLength;
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var encoded = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            message.WriteAbiEncoded(encoded);
            Span<byte> inner = stackalloc byte[Hash256.Length];
            Keccak256.Hash(encoded, inner);
            return Keccak256.Hash(inner); // the second hash keeps a 64-byte internal node from passing as a leaf
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>OpenZeppelin <c>MerkleProof.verify</c>: folds the proof into <paramref name="leaf"/> with sorted pairs.</summary>
    public static bool Verify(IReadOnlyList<Hash256> proof, Hash256 root, Hash256 leaf)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var computed = leaf;
        foreach (var sibling in proof)
        {
            computed = HashPair(computed, sibling);
        }

        return computed == root;
    }

    // OpenZeppelin's commutative pair hash; deliberately not shared with the state tree, whose hashing may evolve.
    internal static Hash256 HashPair(in Hash256 a, in Hash256 b)
    {
        Span<byte> pair = stackalloc byte[2 * Hash256.Length];
        (a < b ? a : b).WriteTo(pair);
        (a < b ? b : a).WriteTo(pair[Hash256.Length..]);
        return Keccak256.Hash(pair);
    }

    private static Hash256[] LeavesOf(IReadOnlyList<L2ToL1Message> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var leaves = new Hash256[messages.Count];
        for (var i = 0; i < leaves.Length; i++)
        {
            if (i > 0 && messages[i].Nonce <= messages[i - 1].Nonce)
            {
                throw new ArgumentException(
                    $"messages must be in strictly ascending nonce order: {messages[i].Nonce} follows {messages[i - 1].Nonce}",
                    nameof(messages));
            }

            leaves[i] = Leaf(messages[i]);
        }

        return leaves;
    }
}
