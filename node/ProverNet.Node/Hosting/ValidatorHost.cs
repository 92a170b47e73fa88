using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Node.ChainView;
using ProverNet.Node.L1;
using ProverNet.Node.L1.Transactions;
using ProverNet.Node.Mempool;
using ProverNet.Node.Rpc;
using ProverNet.Node.Safety;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Settlement;

namespace ProverNet.Node.Hosting;

/// <summary>
/// A validator node: it rebuilds the chain from L1 alone — the sequencer's batches in the inbox and the L1 inputs —
/// into its own store (<see cref="SafeChainDerivation"/> with a <see cref="DerivingExecutor"/>), and serves the same
/// JSON-RPC as the sequencer. No peer is needed; every block it has is safe.
/// </summary>
public sealed class ValidatorHost : IAsyncDisposable
{
    private readonly RpcServer rpc;
    private readonly BackgroundIndexer indexer;
    private readonly L1TransactionManager? sender;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task settling;

    private ValidatorHost(BlockProcessor processor, CommittedChain chain, SafeChainDerivation derivation, RpcServer rpc, BackgroundIndexer indexer, L1TransactionManager? sender, Func<CancellationToken, Task> settle)
    {
        Processor = processor;
        Chain = chain;
        Derivation = derivation;
        this.rpc = rpc;
        this.indexer = indexer;
        this.sender = sender;
        settling = Task.Run(() => settle(stopping.Token));
    }

    /// <summary>The chain as derived.</summary>
    public BlockProcessor Processor { get; }

    /// <summary>The committed chain RPC reads.</summary>
    public CommittedChain Chain { get; }

    /// <summary>Safe derivation.</summary>
    public SafeChainDerivation Derivation { get; }

    /// <summary>The JSON-RPC endpoint (HTTP; WebSocket on the same address).</summary>
    public Uri RpcUrl => rpc.HttpUrl;

    /// <summary>
    /// Opens the validator over <paramref name="database"/>, starts its RPC server and derivation, and, with the
    /// deployment record of <c>Settlement:DeploymentsFile</c>, the finalized head — and with
    /// <paramref name="validatorKey"/> (a staked validator's hex private key), attestations and challenges.
    /// </summary>
    /// <exception cref="InvalidSettingException">A setting is invalid (the message names it).</exception>
    /// <exception cref="InvalidOperationException">The chain follows no L1: there is nothing to derive it from.</exception>
    public static async Task<ValidatorHost> StartAsync(ChainDatabase database, NodeSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken, string? validatorKey = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        SettingsValidator.Validate(settings);
        if (!database.Genesis.L1.FollowsL1)
        {
            throw new InvalidOperationException("the genesis names no l1.origin and l1.contracts: a validator derives the chain from L1 and needs both");
        }

        var processor = database.OpenProcessor((ulong)settings.Storage.RewindDepthBlocks);
        var chain = new CommittedChain(database.Store, database.Genesis);
        var chainIndexer = new ChainIndexer(database.Store);
        chainIndexer.CatchUp(cancellationToken);
        var indexer = new BackgroundIndexer(chainIndexer, loggers.CreateLogger("indexer"));
        var feed = new BlockFeed();
        var executor = new DerivingExecutor(
            processor,
            processed =>
            {
                chain.Committed(processed.Block);
                database.RecordHead(processed.Block);
                indexer.Enqueue(processed);
                feed.Publish(processed);
            },
            head =>
            {
                // As the sequencer's reorg recovery: the marker first, and the indexes of the blocks to go written.
                database.RecordHead(head);
                indexer.WaitUntilIdle();
            },
            chain.Committed);
        var records = new SafeBlockRecords(database.Store);
        var derivation = new SafeChainDerivation(database.Genesis, processor.Blocks, records, executor, chain, settings.L1Rpc, loggers.CreateLogger("validator"));
        var oracle = OutputOracleClients.For(settings);
        var poll = TimeSpan.FromMilliseconds(settings.Settlement.PollIntervalMs);
        var finality = oracle is null ? null : new FinalityTracker(chain, records, oracle, poll, loggers.CreateLogger("finality"));
        var sender = oracle is null || validatorKey is null
            ? null
            : new L1TransactionManager(L1Follower.SourceUrl(settings.L1Rpc), validatorKey, database.Genesis.L1.ChainId, SequencerSettlement.TransactionOptions(settings.L1Rpc), TimeProvider.System, loggers.CreateLogger("l1-sender"));
        var attester = sender is null ? null : new OutputValidator(oracle!, new ChainSafeBlocks(chain), sender, new ValidatorOptions { PollInterval = poll }, TimeProvider.System, loggers.CreateLogger("attester"));
        RpcServer rpc;
        try
        {
            rpc = await RpcServer.StartAsync(settings.Rpc, new RpcServices(chain, new ValidatorPool(chain), feed), loggers, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await derivation.DisposeAsync().ConfigureAwait(false);
            await indexer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        derivation.Start();
        return new ValidatorHost(
            processor,
            chain,
            derivation,
            rpc,
            indexer,
            sender,
            stop => Task.WhenAll(finality?.RunAsync(stop) ?? Task.CompletedTask, attester?.RunAsync(stop) ?? Task.CompletedTask));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        await settling.ConfigureAwait(false);
        await rpc.DisposeAsync().ConfigureAwait(false);
        await Derivation.DisposeAsync().ConfigureAwait(false);
        await indexer.DisposeAsync().ConfigureAwait(false);
        sender?.Dispose();
        stopping.Dispose();
    }
}
