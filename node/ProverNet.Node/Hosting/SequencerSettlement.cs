using Microsoft.Extensions.Logging;
using ProverNet.Chain.Execution;
using ProverNet.Node.Batching;
using ProverNet.Node.ChainView;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1;
using ProverNet.Node.L1.Transactions;
using ProverNet.Node.Safety;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Settlement;

namespace ProverNet.Node.Hosting;

/// <summary>
/// What a sequencer of a chain that follows L1 runs beside the producer (op-batcher and op-proposer's jobs, in process):
/// safe derivation over its own blocks (<see cref="MatchingExecutor"/>), the batcher and the proposer — both from the
/// sequencer's L1 key, through one <see cref="L1TransactionManager"/> so that their nonces never race — and the
/// finalized head.
/// </summary>
internal sealed class SequencerSettlement : IAsyncDisposable
{
    private readonly L1TransactionManager? sender;
    private readonly OutputProposer? proposer;
    private readonly FinalityTracker? finality;

    private SequencerSettlement(SafeChainDerivation? safe, Batcher? batcher, OutputProposer? proposer, FinalityTracker? finality, L1TransactionManager? sender)
    {
        Safe = safe;
        Batcher = batcher;
        this.proposer = proposer;
        this.finality = finality;
        this.sender = sender;
    }

    /// <summary>Nothing: a chain that follows no L1.</summary>
    public static SequencerSettlement None { get; } = new(null, null, null, null, null);

    public SafeChainDerivation? Safe { get; }

    public Batcher? Batcher { get; }

    /// <summary>
    /// Safe derivation always; the batcher when <c>Batcher:Enabled</c> and the sequencer's L1 key is known; the proposer
    /// and finality when a deployment record names OutputOracle.
    /// </summary>
    public static SequencerSettlement ForSequencer(ChainDatabase database, BlockProcessor processor, CommittedChain chain, UnsafeChainCorrection correction, NodeSettings settings, ILoggerFactory loggers)
    {
        var genesis = database.Genesis;
        var records = new SafeBlockRecords(database.Store);
        var safe = new SafeChainDerivation(genesis, processor.Blocks, records, new MatchingExecutor(processor.Blocks, correction), chain, settings.L1Rpc, loggers.CreateLogger("safe"));
        var oracle = OutputOracleClients.For(settings);
        var poll = TimeSpan.FromMilliseconds(settings.Settlement.PollIntervalMs);
        var finality = oracle is null ? null : new FinalityTracker(chain, records, oracle, poll, loggers.CreateLogger("finality"));
        var key = settings.Batcher.PrivateKey.Length > 0
            ? settings.Batcher.PrivateKey
            : DevAccounts.All.FirstOrDefault(account => account.Address == genesis.Rollup.Batcher)?.PrivateKey;
        if (key is null)
        {
            loggers.CreateLogger("batcher").LogWarning("Batcher:PrivateKey is not set and the batcher {Batcher} is no dev account: no batches or outputs are posted, no block becomes safe", genesis.Rollup.Batcher);
            return new SequencerSettlement(safe, null, null, finality, null);
        }

        var sender = new L1TransactionManager(L1Follower.SourceUrl(settings.L1Rpc), key, genesis.L1.ChainId, TransactionOptions(settings.L1Rpc), TimeProvider.System, loggers.CreateLogger("l1-sender"));
        var batcher = settings.Batcher.Enabled
            ? new Batcher(chain, sender, genesis.L1.Contracts!.BatchInbox, settings.Batcher, TimeProvider.System, loggers.CreateLogger("batcher"))
            : null;
        var proposer = oracle is not null && settings.Settlement.Propose
            ? new OutputProposer(
                oracle,
                new ChainSafeBlocks(chain),
                sender,
                new ProposerOptions { PollInterval = poll, InjectWrongRootAtBlock = settings.Settlement.InjectWrongRootAtBlock == 0 ? null : settings.Settlement.InjectWrongRootAtBlock },
                TimeProvider.System,
                loggers.CreateLogger("proposer"))
            : null;
        return new SequencerSettlement(safe, batcher, proposer, finality, sender);
    }

    /// <summary>How the node's L1 transactions are seen through: receipts looked for as often as L1 is polled.</summary>
    public static L1TransactionOptions TransactionOptions(L1ClientOptions l1)
    {
        ArgumentNullException.ThrowIfNull(l1);
        return new L1TransactionOptions
        {
            ReceiptPollInterval = TimeSpan.FromMilliseconds(l1.PollIntervalMs),
            CallTimeout = TimeSpan.FromMilliseconds(l1.CallTimeoutMs),
        };
    }

    /// <summary>Starts safe derivation, and posts batches and outputs until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Safe?.Start();
        await Task.WhenAll(
            Batcher?.RunAsync(cancellationToken) ?? Task.CompletedTask,
            proposer?.RunAsync(cancellationToken) ?? Task.CompletedTask,
            finality?.RunAsync(cancellationToken) ?? Task.CompletedTask).ConfigureAwait(false);
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
