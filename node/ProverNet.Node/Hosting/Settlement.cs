using Microsoft.Extensions.Logging;
using ProverNet.Chain.Execution;
using ProverNet.Node.Batching;
using ProverNet.Node.ChainView;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1;
using ProverNet.Node.L1.Transactions;
using ProverNet.Node.Safety;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Hosting;

/// <summary>
/// What a sequencer of a chain that follows L1 runs beside the producer: safe derivation over its own blocks
/// (<see cref="MatchingExecutor"/>) and the batcher, which posts them from the sequencer's L1 key.
/// </summary>
internal sealed class Settlement : IAsyncDisposable
{
    private readonly L1TransactionManager? sender;

    private Settlement(SafeChainDerivation? safe, Batcher? batcher, L1TransactionManager? sender)
    {
        Safe = safe;
        Batcher = batcher;
        this.sender = sender;
    }

    /// <summary>Nothing: a chain that follows no L1.</summary>
    public static Settlement None { get; } = new(null, null, null);

    public SafeChainDerivation? Safe { get; }

    public Batcher? Batcher { get; }

    /// <summary>Safe derivation, and the batcher when <c>Batcher:Enabled</c> and the sequencer's L1 key is known.</summary>
    public static Settlement ForSequencer(ChainDatabase database, BlockProcessor processor, CommittedChain chain, NodeSettings settings, ILoggerFactory loggers)
    {
        var genesis = database.Genesis;
        var safe = new SafeChainDerivation(genesis, processor.Blocks, new SafeBlockRecords(database.Store), new MatchingExecutor(processor.Blocks), chain, settings.L1Rpc, loggers.CreateLogger("safe"));
        var key = settings.Batcher.PrivateKey.Length > 0
            ? settings.Batcher.PrivateKey
            : DevAccounts.All.FirstOrDefault(account => account.Address == genesis.Rollup.Sequencer)?.PrivateKey;
        if (!settings.Batcher.Enabled || key is null)
        {
            if (settings.Batcher.Enabled)
            {
                loggers.CreateLogger("batcher").LogWarning("Batcher:PrivateKey is not set and the sequencer {Sequencer} is no dev account: no batches are posted, no block becomes safe", genesis.Rollup.Sequencer);
            }

            return new Settlement(safe, null, null);
        }

        var sender = new L1TransactionManager(
            L1Follower.SourceUrl(settings.L1Rpc), key, genesis.L1.ChainId, TransactionOptions(settings.L1Rpc), TimeProvider.System, loggers.CreateLogger("batcher"));
        var batcher = new Batcher(chain, sender, genesis.L1.Contracts!.BatchInbox, settings.Batcher, TimeProvider.System, loggers.CreateLogger("batcher"));
        return new Settlement(safe, batcher, sender);
    }

    /// <summary>How the node's L1 transactions are seen through: receipts looked for as often as L1 is polled.</summary>
    public static L1TransactionOptions TransactionOptions(L1ClientOptions l1) => new()
    {
        ReceiptPollInterval = TimeSpan.FromMilliseconds(l1.PollIntervalMs),
        CallTimeout = TimeSpan.FromMilliseconds(l1.CallTimeoutMs),
    };

    /// <summary>Starts safe derivation and posts batches until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Safe?.Start();
        if (Batcher is not null)
        {
            await Batcher.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Safe is not null)
        {
            await Safe.DisposeAsync().ConfigureAwait(false);
        }

        sender?.Dispose();
    }
}
