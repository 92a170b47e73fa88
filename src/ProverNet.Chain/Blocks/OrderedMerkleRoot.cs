using ProverNet.Core;

namespace ProverNet.Chain.Blocks;

/// <summary>
/// The root committing a block to its transactions or receipts, in order. Leaves are <c>keccak256(encoding)</c> (for a
/// transaction that is its hash); neighbours are paired by index <c>(0,1), (2,3), …</c> with
/// <c>parent = keccak256(left ‖ right)</c> — unsorted, unlike the messages tree, so that a proof also pins the item's
/// position, which the receipt ↔ transaction correspondence needs; an odd last node is carried up unchanged; a single
/// leaf is the root; no leaves give the zero hash.
/// </summary>
public static class OrderedMerkleRoot
{
    /// <summary>The root over <paramref name="leaves"/> in the given order.</summary>
    public static Hash256 Compute(IReadOnlyList<Hash256> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        if (leaves.Count == 0)
        {
            return Hash256.Zero;
        }

        var level = new Hash256[leaves.Count];
        for (var i = 0; i < level.Length; i++)
        {
            level[i] = leaves[i];
        }

        Span<byte> pair = stackalloc byte[2 * Hash256.Length];
        var width = level.Length;
        while (width > 1)
        {
            var parents = (width + 1) / 2;
            for (var i = 0; i < parents; i++)
            {
                if ((2 * i) + 1 < width)
                {
                    level[2 * i].WriteTo(pair);
                    level[(2 * i) + 1].WriteTo(pair[Hash256.Length..]);
                    level[i] = Keccak256.Hash(pair);
                }
                else
                {
                    level[i] = level[2 * i];
                }
            }

            width = parents;
        }

        return level[0];
    }
}
