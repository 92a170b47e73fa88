using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Derivation;
using ProverNet.Derivation.Batches;
using ProverNet.Derivation.Safe;
using ProverNet.Node.ChainView;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;

namespace ProverNet.Node.Safety;

/// <summary>
/// Derives the safe chain from L1 alone (docs/architecture.md §5): an <see cref="L1Follower"/> reading the inputs and
/// the sequencer's batch frames, a <see cref="BatchStage"/> turning them into safe blocks, an
/// <see cref="ISafeBlockExecutor"/> making each one, and a <see cref="SafeBlockRecords"/> entry per safe block so that
/// a restart or an L1 reorg resumes exactly. Runs on a worker of its own.
/// </summary>
public sealed partial class SafeChainDerivation : IAsyncDisposable
{
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(50);
    private readonly ChainGenesis genesis;
    private readonly BlockStore blocks;
    private readonly SafeBlockRecords records;
    private readonly ISafeBlockExecutor executor;
    private readonly CommittedChain chain;
    private readonly L1ClientOptions options;
    private readonly ILogger logger;
    private readonly JsonRpcL1Source l1;
    private readonly CancellationTokenSource stopping = new();
    private Task? worker;
    private L1Follower? follower;
    private BatchStage? stage;
    private string? lastMismatch;
    private Block? genesisBlock;

    /// <summary>Derives the safe chain of <paramref name="genesis"/> stored in <paramref name="blocks"/>, from the L1 of <paramref name="options"/>.</summary>
    public SafeChainDerivation(ChainGenesis genesis, BlockStore blocks, SafeBlockRecords records, ISafeBlockExecutor executor, CommittedChain chain, L1ClientOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (!genesis.L1.FollowsL1)
        {
            throw new ArgumentException("the genesis follows no L1", nameof(genesis));
        }

        this.genesis = genesis;
        this.blocks = blocks;
        this.records = records;
        this.executor = executor;
        this.chain = chain;
        this.options = options;
        this.logger = logger;
        l1 = L1Follower.SourceOf(options);
        chain.MarkSafe(records.Head(Genesis).Number);
    }

    /// <summary>The L1 block derivation reads next, for the sync status; null before it starts.</summary>
    public ulong? NextL1Block => stage?.NextL1Number;

    /// <summary>The safe head's record.</summary>
    public SafeRecord SafeHead => records.Head(Genesis);

    private Block Genesis => genesisBlock ??= blocks.GetByNumber(0) ?? throw new InvalidDataException("the store holds no genesis block");

    /// <summary>Starts deriving.</summary>
    public void Start() => worker ??= Task.Run(() => RunAsync(stopping.Token));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (worker is not null)
        {
            await worker.ConfigureAwait(false);
        }

        if (follower is not null)
        {
            await follower.DisposeAsync().ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ResumeAsync(SafeHead, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!await StepAsync(cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(IdleDelay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the records say where to resume.
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogStopped(failure.Message, failure);
        }
    }

    // One step: a candidate made, an L1 block taken, or a reset handled; false when there was nothing to do.
    private async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        if (follower!.ResetPending)
        {
            await RecoverAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (stage!.Next() is { } candidate)
        {
            return Make(candidate);
        }

        foreach (var reason in stage.TakeDropped())
        {
            LogDropped(reason);
        }

        if (follower.TakeNext() is not { } block)
        {
            return false;
        }

        foreach (var skipped in block.Skipped)
        {
            LogSkipped(skipped.Log.BlockNumber, skipped.Log.LogIndex, skipped.Reason);
        }

        try
        {
            stage.Add(block);
        }
        catch (DerivationException reset) when (reset.Kind == DerivationErrorKind.Reset)
        {
            LogReorg(reset.Message);
            await RecoverAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    // Makes the candidate a block and records it; false while the sequencer's own block stands in L1's way.
    private bool Make(SafeCandidate candidate)
    {
        Block block;
        try
        {
            block = executor.Execute(candidate, stage!.SafeHead);
        }
        catch (InvalidBlockException refused)
        {
            stage!.Refused(refused.Message);
            return true;
        }
        catch (UnsafeChainMismatchException mismatch)
        {
            if (mismatch.Message != lastMismatch)
            {
                LogMismatch(mismatch.Message);
                lastMismatch = mismatch.Message;
            }

            return false;
        }

        stage.Accepted(block);
        records.Record(block, candidate.Cursor);
        chain.MarkSafe(block.Number);
        if (candidate.Forced)
        {
            LogForced(block.Number, candidate.Source);
        }

        return true;
    }

    private async Task ResumeAsync(SafeRecord from, CancellationToken cancellationToken)
    {
        var safeBlock = blocks.GetByNumber(from.Number) ?? throw new InvalidDataException($"safe block {from.Number} is missing: the store is corrupt");
        executor.RewindTo(from.Number);
        stage = new BatchStage(genesis.Rollup, BatchLimits.Default, safeBlock, from.Cursor, blocks.GetByNumber);
        var start = stage.ReadFrom == safeBlock.Header.L1Origin.Number + 1
            ? safeBlock.Header.L1Origin
            : await L1BlockBeforeAsync(stage.ReadFrom, cancellationToken).ConfigureAwait(false);
        if (follower is not null)
        {
            await follower.DisposeAsync().ConfigureAwait(false);
        }

        follower = L1Follower.OverJsonRpc(options, genesis.L1, start, logger, batchesFrom: genesis.Rollup.Batcher);
        follower.Start();
        LogResumed(from.Number, stage.ReadFrom);
    }
}
