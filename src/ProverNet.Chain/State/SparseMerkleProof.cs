using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>
/// A membership or non-membership proof for one path: the sibling hashes from the root down, and the node the walk ended
/// on — the leaf for the path (membership), another leaf sharing the walked prefix, or empty (both non-membership).
/// </summary>
/// <param name="Siblings">Sibling hash at depth 0, 1, …; the walk ended at depth <c>Siblings.Count</c>.</param>
/// <param name="Terminal">The leaf or empty node where the walk ended.</param>
public sealed record SparseMerkleProof(IReadOnlyList<Hash256> Siblings, TreeNode Terminal)
{
    /// <summary>
    /// Checks the proof for <paramref name="path"/> against <paramref name="root"/>; on success
    /// <paramref name="valueHash"/> is the proven value, or <see langword="null"/> when the path is proven absent.
    /// </summary>
    public bool Verify(Hash256 root, Hash256 path, out Hash256? valueHash)
    {
        valueHash = null;
        if (Terminal.Kind == NodeKind.Internal || Siblings.Count > 256)
        {
            return false;
        }

        // Another leaf proves absence only if it sits where this path would: it must share the walked prefix.
        if (Terminal.Kind == NodeKind.Leaf && Terminal.First != path && !SharesPrefix(Terminal.First, path, Siblings.Count))
        {
            return false;
        }

        var hash = Terminal.Hash;
        for (var depth = Siblings.Count - 1; depth >= 0; depth--)
        {
            hash = TreeHashing.Bit(path, depth) == 0
                ? TreeHashing.Internal(hash, Siblings[depth])
                : TreeHashing.Internal(Siblings[depth], hash);
        }

        if (hash != root)
        {
            return false;
        }

        valueHash = Terminal.Kind == NodeKind.Leaf && Terminal.First == path ? Terminal.Second : null;
        return true;
    }

    private static bool SharesPrefix(in Hash256 a, in Hash256 b, int bits)
    {
        for (var depth = 0; depth < bits; depth++)
        {
            if (TreeHashing.Bit(a, depth) != TreeHashing.Bit(b, depth))
            {
                return false;
            }
        }

        return true;
    }
}
