using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

/// <summary>
/// The tree's root recomputed from scratch by the definition (State/README.md), sharing no code with the tree except
/// keccak: empty = zero; one leaf = keccak(0x00 ‖ path ‖ value); otherwise keccak(left ‖ right) split on the next bit.
/// </summary>
internal static class NaiveSparseMerkleRoot
{
    public static Hash256 Compute(IEnumerable<KeyValuePair<Hash256, Hash256>> leaves) =>
        Compute(leaves.Select(pair => (pair.Key.ToArray(), pair.Value.ToArray())).ToList(), 0);

    private static Hash256 Compute(List<(byte[] Path, byte[] Value)> leaves, int depth)
    {
        if (leaves.Count == 0)
        {
            return Hash256.Zero;
        }

        if (leaves.Count == 1)
        {
            return Keccak256.Hash([0x00, .. leaves[0].Path, .. leaves[0].Value]);
        }

        var left = leaves.Where(leaf => ((leaf.Path[depth / 8] >> (7 - (depth % 8))) & 1) == 0).ToList();
        var right = leaves.Where(leaf => ((leaf.Path[depth / 8] >> (7 - (depth % 8))) & 1) == 1).ToList();
        return Keccak256.Hash([.. Compute(left, depth + 1).ToArray(), .. Compute(right, depth + 1).ToArray()]);
    }
}
