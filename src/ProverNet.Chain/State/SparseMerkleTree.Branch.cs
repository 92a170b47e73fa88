using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.State;

/// <summary>Updating an internal position: recurse into touched sides, then collapse or place children.</summary>
public sealed partial class SparseMerkleTree
{
    private TreeNode UpdateBranch(IWriteBatch batch, int depth, TreeNode existing, ReadOnlySpan<TreeChange> changes)
    {
        var split = 0;
        while (split < changes.Length && TreeHashing.Bit(changes[split].Path, depth) == 0)
        {
            split++;
        }

        // A representative path for each side's position: any path below it (only the first depth+1 bits matter).
        var leftPath = split > 0 ? changes[0].Path : WithBit(changes[0].Path, depth, 0);
        var rightPath = split < changes.Length ? changes[split].Path : WithBit(changes[0].Path, depth, 1);
        var oldLeft = existing.First;   // an empty node has zero child hashes, as an internal node with empty children
        var oldRight = existing.Second;

        TreeNode? newLeft = split > 0 ? UpdateSide(batch, depth + 1, leftPath, oldLeft, changes[..split]) : null;
        TreeNode? newRight = split < changes.Length ? UpdateSide(batch, depth + 1, rightPath, oldRight, changes[split..]) : null;
        var leftHash = newLeft?.Hash ?? oldLeft;
        var rightHash = newRight?.Hash ?? oldRight;

        if (leftHash == TreeHashing.EmptyHash || rightHash == TreeHashing.EmptyHash)
        {
            // At most one side holds anything: if that is a lone leaf, it moves up to this position (the caller places it).
            var survivor = rightHash == TreeHashing.EmptyHash
                ? newLeft ?? LoadIfPresent(depth + 1, leftPath, leftHash)
                : newRight ?? LoadIfPresent(depth + 1, rightPath, rightHash);
            if (survivor.Kind != NodeKind.Internal)
            {
                Vacate(batch, depth + 1, leftPath, oldLeft);
                Vacate(batch, depth + 1, rightPath, oldRight);
                return survivor;
            }
        }

        Place(batch, depth + 1, leftPath, oldLeft, newLeft, leftHash);
        Place(batch, depth + 1, rightPath, oldRight, newRight, rightHash);
        return TreeNode.Internal(leftHash, rightHash);
    }

    private TreeNode UpdateSide(IWriteBatch batch, int depth, in Hash256 path, Hash256 oldHash, ReadOnlySpan<TreeChange> changes) =>
        Update(batch, depth, LoadIfPresent(depth, path, oldHash), changes);

    // A zero child hash in the parent means nothing is stored there: skip the read.
    private TreeNode LoadIfPresent(int depth, in Hash256 path, Hash256 hash) =>
        hash == TreeHashing.EmptyHash ? TreeNode.Empty : nodes.Load(depth, path);

    private void Vacate(IWriteBatch batch, int depth, in Hash256 path, Hash256 oldHash)
    {
        if (oldHash != TreeHashing.EmptyHash)
        {
            nodes.Save(batch, depth, path, TreeNode.Empty);
        }
    }

    private void Place(IWriteBatch batch, int depth, in Hash256 path, Hash256 oldHash, TreeNode? node, Hash256 newHash)
    {
        // Same hash, same node: it is already stored at this position.
        if (node is { } changed && newHash != oldHash)
        {
            if (changed.Kind == NodeKind.Empty)
            {
                Vacate(batch, depth, path, oldHash);
            }
            else
            {
                nodes.Save(batch, depth, path, changed);
            }
        }
    }

    private static Hash256 WithBit(in Hash256 path, int depth, int bit)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        path.WriteTo(bytes);
        var mask = (byte)(0x80 >> (depth & 7));
        bytes[depth >> 3] = (byte)(bit == 0 ? bytes[depth >> 3] & ~mask : bytes[depth >> 3] | mask);
        return new Hash256(bytes);
    }
}
