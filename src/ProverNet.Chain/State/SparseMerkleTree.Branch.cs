using ProverNet.Core;

namespace ProverNet.Chain.State;

/// <summary>Updating an internal position: recurse into touched sides, then collapse or place children.</summary>
public sealed partial class SparseMerkleTree
{
    // Sides are worked on in parallel down to this depth (up to 2^depth parts, so the pool can balance two or more cores
    // when one side is busier), and only when both sides have enough changes to pay for handing work to another thread.
    // The core count is not consulted (src/ reads nothing from its environment): on one core the parts simply queue.
    private const int ParallelDepth = 3;
    private const int MinChangesPerParallelSide = 128;

    private TreeNode UpdateBranch(TreeNodeWrites writes, int depth, TreeNode existing, ReadOnlyMemory<TreeChange> changes)
    {
        var split = FirstWithBitSet(changes.Span, depth);

        // A representative path for each side's position: any path below it (only the first depth+1 bits matter).
        var first = changes.Span[0].Path;
        var leftPath = split > 0 ? first : WithBit(first, depth, 0);
        var rightPath = split < changes.Length ? changes.Span[split].Path : WithBit(first, depth, 1);
        var oldLeft = existing.First;   // an empty node has zero child hashes, as an internal node with empty children
        var oldRight = existing.Second;

        TreeNode? newLeft, newRight;
        if (depth < ParallelDepth && Math.Min(split, changes.Length - split) >= MinChangesPerParallelSide)
        {
            (newLeft, newRight) = UpdateSidesInParallel(writes, depth + 1, leftPath, oldLeft, rightPath, oldRight, changes, split);
        }
        else
        {
            newLeft = split > 0 ? UpdateSide(writes, depth + 1, leftPath, oldLeft, changes[..split]) : null;
            newRight = split < changes.Length ? UpdateSide(writes, depth + 1, rightPath, oldRight, changes[split..]) : null;
        }

        var leftHash = newLeft?.Hash ?? oldLeft;
        var rightHash = newRight?.Hash ?? oldRight;

        if (leftHash == TreeHashing.EmptyHash || rightHash == TreeHashing.EmptyHash)
        {
            // At most one side holds anything: if that is a lone leaf, it moves up to this position (the caller places it).
            var survivor = rightHash == TreeHashing.EmptyHash
                ? newLeft ?? LoadIfPresent(writes, depth + 1, leftPath, leftHash)
                : newRight ?? LoadIfPresent(writes, depth + 1, rightPath, rightHash);
            if (survivor.Kind != NodeKind.Internal)
            {
                Vacate(writes, depth + 1, leftPath, oldLeft);
                Vacate(writes, depth + 1, rightPath, oldRight);
                return survivor;
            }
        }

        Place(writes, depth + 1, leftPath, oldLeft, newLeft, leftHash);
        Place(writes, depth + 1, rightPath, oldRight, newRight, rightHash);
        return TreeNode.Internal(leftHash, rightHash);
    }

    /// <summary>
    /// Both sides at once, the left on a pool thread: they touch disjoint positions and only read shared state, and their
    /// records are joined left then right, exactly the order of the sequential walk, so the result does not depend on
    /// scheduling.
    /// </summary>
    private (TreeNode Left, TreeNode Right) UpdateSidesInParallel(
        TreeNodeWrites writes, int depth, Hash256 leftPath, Hash256 oldLeft, Hash256 rightPath, Hash256 oldRight,
        ReadOnlyMemory<TreeChange> changes, int split)
    {
        // Both records are linked into the parent, which returns them to the pool with itself after the commit.
        var leftWrites = RentWrites();
        var rightWrites = RentWrites();
        var left = Task.Run(() => UpdateSide(leftWrites, depth, leftPath, oldLeft, changes[..split]));
        TreeNode right;
        try
        {
            right = UpdateSide(rightWrites, depth, rightPath, oldRight, changes[split..]);
        }
        finally
        {
            // Never leave the left side running past this commit, even when the right side failed.
            ((Task)left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }

        var leftNode = left.GetAwaiter().GetResult();
        writes.Append(leftWrites);
        writes.Append(rightWrites);
        return (leftNode, right);
    }

    // Record buffers are reused across commits (cleared on return); which buffer a part gets does not matter.
    private TreeNodeWrites RentWrites()
    {
        lock (spareWritesGate)
        {
            return spareWrites.Count > 0 ? spareWrites.Pop() : new TreeNodeWrites();
        }
    }

    private void ReturnWrites(TreeNodeWrites writes)
    {
        foreach (var part in writes.Parts)
        {
            ReturnWrites(part);
        }

        writes.Clear();
        lock (spareWritesGate)
        {
            spareWrites.Push(writes);
        }
    }

    private TreeNode UpdateSide(TreeNodeWrites writes, int depth, in Hash256 path, Hash256 oldHash, ReadOnlyMemory<TreeChange> changes) =>
        Update(writes, depth, LoadIfPresent(writes, depth, path, oldHash), changes);

    // A zero child hash in the parent means nothing is stored there: skip the read.
    private TreeNode LoadIfPresent(TreeNodeWrites writes, int depth, in Hash256 path, Hash256 hash) =>
        hash == TreeHashing.EmptyHash ? TreeNode.Empty : nodes.Read(depth, path, writes);

    private static void Vacate(TreeNodeWrites writes, int depth, in Hash256 path, Hash256 oldHash)
    {
        if (oldHash != TreeHashing.EmptyHash)
        {
            writes.Write(depth, path, TreeNode.Empty);
        }
    }

    private static void Place(TreeNodeWrites writes, int depth, in Hash256 path, Hash256 oldHash, TreeNode? node, Hash256 newHash)
    {
        // Same hash, same node: it is already stored at this position.
        if (node is { } changed && newHash != oldHash)
        {
            if (changed.Kind == NodeKind.Empty)
            {
                Vacate(writes, depth, path, oldHash);
            }
            else
            {
                writes.Write(depth, path, changed);
            }
        }
    }

    /// <summary>Index of the first change whose bit <paramref name="depth"/> is 1 (the changes are sorted and share the bits above).</summary>
    private static int FirstWithBitSet(ReadOnlySpan<TreeChange> changes, int depth)
    {
        int low = 0, high = changes.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (TreeHashing.Bit(changes[middle].Path, depth) == 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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
