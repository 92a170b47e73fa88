using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// Writes the transaction and log indexes of each committed block on a worker of its own, so the sequencer's block
/// time does not include them (about 40 % of a block's store entries). It trails the head by the block in hand; lookups
/// read the blocks it has not reached (<see cref="BlockStore.FindTransaction"/>, <see cref="LogIndex.FindByTopic"/>), so
/// no query depends on it keeping up. A failure is logged and retried from the store with the next block.
/// </summary>
public sealed partial class BackgroundIndexer : IAsyncDisposable
{
    private readonly ChainIndexer indexer;
    private readonly ILogger logger;
    private readonly Channel<ProcessedBlock> committed = Channel.CreateUnbounded<ProcessedBlock>(new() { SingleReader = true });
    private readonly Task worker;
    private int queued;

    /// <summary>Starts the worker over <paramref name="indexer"/>.</summary>
    public BackgroundIndexer(ChainIndexer indexer, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(indexer);
        ArgumentNullException.ThrowIfNull(logger);
        this.indexer = indexer;
        this.logger = logger;
        worker = Task.Run(IndexAsync);
    }

    /// <summary>Queues a committed block for indexing.</summary>
    public void Enqueue(ProcessedBlock block)
    {
        Interlocked.Increment(ref queued);
        if (!committed.Writer.TryWrite(block))
        {
            Interlocked.Decrement(ref queued);
        }
    }

    /// <summary>Waits until every queued block is indexed (before a rewind takes blocks, and their indexes, back).</summary>
    public void WaitUntilIdle()
    {
        var wait = new SpinWait();
        while (Volatile.Read(ref queued) > 0 && !worker.IsCompleted)
        {
            wait.SpinOnce();
        }
    }

    /// <summary>Indexes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        committed.Writer.TryComplete();
        await worker.ConfigureAwait(false);
    }

    private async Task IndexAsync()
    {
        await foreach (var processed in committed.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                var next = indexer.IndexedThrough is { } indexed ? indexed + 1 : 0;
                if (processed.Block.Number > next)
                {
                    // A block was missed (an earlier failure): index from the store up to the head.
                    indexer.CatchUp();
                }
                else
                {
                    indexer.Index(processed.Block, processed.Receipts);
                }
            }
            catch (Exception failure) when (failure is IOException or InvalidDataException or InvalidOperationException or RocksDbSharp.RocksDbException)
            {
                LogIndexingFailed(failure, processed.Block.Number);
            }
            finally
            {
                Interlocked.Decrement(ref queued);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "indexing block {Number} failed; lookups read the unindexed blocks until the next block retries")]
    private partial void LogIndexingFailed(Exception failure, ulong number);
}
