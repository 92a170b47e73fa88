namespace ProverNet.Node.Hosting;

/// <summary>Chain store settings (<c>Storage:…</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// <c>Fsync</c> (the default): each block's write and then the head marker are flushed to disk before the next block,
    /// so a power cut loses no block the node has served. <c>None</c>: the OS writes them back when it likes — a killed
    /// process still loses nothing, a power cut may lose the last blocks (and the node then refuses to start, since the
    /// marker may be ahead of the store). For benchmarks and throwaway devnets.
    /// </summary>
    public StorageDurability Durability { get; set; } = StorageDurability.Fsync;

    /// <summary>
    /// How many of the newest blocks keep an undo record, so that an L1 reorg under them can take them back (only for a
    /// chain that follows an L1). 1,800 blocks are 30 minutes at one block a second, past Ethereum's finality.
    /// </summary>
    public int RewindDepthBlocks { get; set; } = 1_800;
}
