using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Log blooms of the blocks read most recently, by block hash (a block replaced at its height has another hash), the
/// oldest forgotten first. Thread-safe; the blooms are shared, never modified.
/// </summary>
internal sealed class RecentBlooms(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<Hash256, byte[]> blooms = [];
    private readonly Queue<Hash256> added = new();

    /// <summary>The bloom of the block <paramref name="blockHash"/>, from <paramref name="compute"/> when it is not kept.</summary>
    public byte[] GetOrAdd(Hash256 blockHash, Func<byte[]> compute)
    {
        lock (gate)
        {
            if (blooms.TryGetValue(blockHash, out var kept))
            {
                return kept;
            }
        }

        // Outside the lock: two readers of a new block may both compute it, and get equal blooms.
        var bloom = compute();
        lock (gate)
        {
            if (blooms.TryAdd(blockHash, bloom))
            {
                added.Enqueue(blockHash);
                if (added.Count > capacity)
                {
                    blooms.Remove(added.Dequeue());
                }
            }

            return blooms[blockHash];
        }
    }
}
