using System.Threading.Channels;
using ProverNet.Chain.Execution;

namespace ProverNet.Node.Sequencing;

/// <summary>One subscriber's view of the <see cref="BlockFeed"/>: read <see cref="Blocks"/>; dispose to leave.</summary>
public sealed class BlockSubscription : IDisposable
{
    private readonly Action unsubscribe;
    private int disposed;

    internal BlockSubscription(ChannelReader<ProcessedBlock> blocks, Action unsubscribe)
    {
        Blocks = blocks;
        this.unsubscribe = unsubscribe;
    }

    /// <summary>Committed blocks in order (gaps only if this subscriber fell more than its capacity behind).</summary>
    public ChannelReader<ProcessedBlock> Blocks { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            unsubscribe();
        }
    }
}
