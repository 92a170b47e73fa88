using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core.Transactions;
using ProverNet.Node.Batching;
using ProverNet.Node.ChainView;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1;
using ProverNet.Node.Mempool;
using ProverNet.Node.Rpc;
using ProverNet.Node.Safety;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Hosting;

/// <summary>
/// One running sequencer node: the chain on disk, the mempool, the block producer and JSON-RPC, wired together. The
/// producer thread alone touches the block processor; RPC and the mempool read committed data from the store.
/// </summary>
public sealed class NodeHost : IAsyncDisposable
{
    private readonly RpcServer rpc;
    private readonly BackgroundIndexer indexer;
    private readonly SequencerSettlement settlement;

    private NodeHost(BlockProcessor processor, BlockProducer producer, RpcServer rpc, BackgroundIndexer indexer, TimeSpan blockTime, L1Follower? l1, CommittedChain chain, SequencerSettlement settlement)
    {
        Processor = processor;
        Producer = producer;
        this.rpc = rpc;
        this.indexer = indexer;
        BlockTime = blockTime;
        L1 = l1;
        Chain = chain;
        this.settlement = settlement;
    }

    /// <summary>The committed chain RPC reads, with its safe and finalized heads.</summary>
    public CommittedChain Chain { get; }

    /// <summary>The batcher; null when the chain follows no L1 or batching is off.</summary>
    public Batcher? Batcher => settlement.Batcher;

    /// <summary>Safe derivation; null when the chain follows no L1.</summary>
    public SafeChainDerivation? Safe => settlement.Safe;

    /// <summary>The node's view of L1; null when the chain follows none.</summary>
    public L1Follower? L1 { get; }

    /// <summary>The chain as executed.</summary>
    public BlockProcessor Processor { get; }

    /// <summary>The sequencer loop.</summary>
    public BlockProducer Producer { get; }

    /// <summary>Time between blocks.</summary>
    public TimeSpan BlockTime { get; }

    /// <summary>The JSON-RPC endpoint (HTTP; WebSocket on the same address).</summary>
    public Uri RpcUrl => rpc.HttpUrl;

    /// <summary>Opens the node over <paramref name="database"/> and starts its RPC server; blocks start with <see cref="RunAsync"/>.</summary>
    /// <exception cref="InvalidSettingException">A setting is invalid (the message names it).</exception>
    public static async Task<NodeHost> StartAsync(ChainDatabase database, NodeSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        SettingsValidator.Validate(settings);
        SettingsValidator.ValidateFor(settings, database.Genesis);

        var followsL1 = database.Genesis.L1.FollowsL1;
        var processor = database.OpenProcessor(followsL1 ? (ulong)settings.Storage.RewindDepthBlocks : 0);
        var chain = new CommittedChain(database.Store, database.Genesis);
        var pool = new TransactionPool(chain, settings.Mempool);
        var feed = new BlockFeed();
        var source = settings.Sequencer.SyntheticLoadPerBlock > 0
            ? CreateSyntheticLoad(settings.Sequencer, processor, database.Genesis)
            : (ITransactionSource)pool;
        // Blocks committed before a crash may lack their indexes: write them before anything reads.
        var chainIndexer = new ChainIndexer(database.Store);
        chainIndexer.CatchUp(cancellationToken);
        var indexer = new BackgroundIndexer(chainIndexer, loggers.CreateLogger("indexer"));
        var blockTime = TimeSpan.FromMilliseconds(settings.Sequencer.BlockTimeMs > 0 ? settings.Sequencer.BlockTimeMs : database.Genesis.Rollup.BlockTimeMs);
        var l1 = followsL1
            ? L1Follower.OverJsonRpc(settings.L1Rpc, database.Genesis.L1, processor.Head.Header.L1Origin, loggers.CreateLogger("l1"))
            : null;
        var budget = new BlockBuildBudget(
            settings.Sequencer.BuildBudgetMs > 0 ? TimeSpan.FromMilliseconds(settings.Sequencer.BuildBudgetMs) : BlockBuildBudget.DefaultFor(blockTime));
        void Committed(ProcessedBlock block)
        {
            chain.Committed(block.Block);
            database.RecordHead(block.Block);
            pool.OnBlockCommitted(block);
            indexer.Enqueue(block);
        }

        // The marker goes down first: a crash before the rewind's batch leaves the store ahead of it (fine), never
        // behind. Indexes of the blocks to take back must be written before they are removed.
        void Rewinding(Block head)
        {
            database.RecordHead(head);
            indexer.WaitUntilIdle();
        }

        void Rewound(Block head, IReadOnlyList<Block> dropped)
        {
            chain.Committed(head);
            pool.OnRewound(dropped);
        }

        var correction = l1 is null ? null : new UnsafeChainCorrection(
            processor,
            Rewinding,
            Rewound,
            block =>
            {
                Committed(block);
                feed.Publish(block);
            },
            l1.Restart,
            loggers.CreateLogger("sequencer"));
        var producer = new BlockProducer(
            processor,
            source,
            feed,
            TimeProvider.System,
            loggers.CreateLogger("sequencer"),
            Committed,
            budget,
            l1,
            l1 is null ? null : new L1ReorgRecovery(processor, l1, Rewinding, Rewound, loggers.CreateLogger("sequencer")),
            correction);
        var settlement = correction is null ? SequencerSettlement.None : SequencerSettlement.ForSequencer(database, processor, chain, correction, settings, loggers);
        RpcServer rpc;
        try
        {
            rpc = await RpcServer.StartAsync(settings.Rpc, new RpcServices(chain, pool, feed, l1, settlement.Batcher), loggers, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await settlement.DisposeAsync().ConfigureAwait(false);
            await indexer.DisposeAsync().ConfigureAwait(false);
            if (l1 is not null)
            {
                await l1.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return new NodeHost(processor, producer, rpc, indexer, blockTime, l1, chain, settlement);
    }

    /// <summary>Follows L1 (if the chain does) and produces blocks until <paramref name="cancellationToken"/> fires; returns between blocks.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        L1?.Start();
        using var producing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var settling = settlement.RunAsync(producing.Token);
        try
        {
            await Producer.RunAsync(BlockTime, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The batcher stops with the producer, however the producer ends.
            await producing.CancelAsync().ConfigureAwait(false);
            await settling.ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await rpc.DisposeAsync().ConfigureAwait(false);
        await settlement.DisposeAsync().ConfigureAwait(false);
        await indexer.DisposeAsync().ConfigureAwait(false);
        if (L1 is not null)
        {
            await L1.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static SyntheticLoad CreateSyntheticLoad(SequencerOptions options, BlockProcessor processor, ChainGenesis genesis)
    {
        var marketClass = genesis.Parameters.Classes.FirstOrDefault(candidate => candidate.Id == options.SyntheticLoadClassId)
            ?? throw new InvalidOperationException($"Sequencer:SyntheticLoadClassId {options.SyntheticLoadClassId} is not a class of the genesis");
        var provers = genesis.Provers.Select(prover => prover.Address).ToHashSet();
        var signers = DevAccounts.All.Select(account => TransactionSigner.FromHex(account.PrivateKey)).ToList();
        var proverSigners = signers.Where(signer => provers.Contains(signer.Address)).ToList();
        var requesters = signers.Where(signer => !provers.Contains(signer.Address) && signer.Address != genesis.Rollup.Sequencer).Take(proverSigners.Count).ToList();
        return new SyntheticLoad(
            processor.State, genesis.ChainId, options.SyntheticLoadPerBlock, new MarketClassTarget(marketClass.Id, marketClass.InitialReferencePrice), requesters, proverSigners);
    }
}
