using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.L1;

/// <summary>
/// Runs the derivation stages against the real L1 on a worker of its own, ahead of the sequencer: each L1 block that is
/// deep enough is fetched with its inputs and waits until a block takes it as origin, so no block ever waits for L1.
/// While L1 is down or slow it retries with a doubling delay and the sequencer holds its origin; when L1 reorganizes
/// under what was fetched it stops and reports a reset, which the sequencer resolves by rewinding (<see cref="Restart"/>).
/// </summary>
public sealed partial class L1Follower : IL1InputFeed, IAsyncDisposable
{
    private readonly IL1Source source;
    private readonly L1Traversal traversal;
    private readonly L1InputStage stage;
    private readonly L1ClientOptions options;
    private readonly ulong confirmations;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly object gate = new();
    private readonly Queue<L1BlockInputs> ready = new();
    private readonly CancellationTokenSource stopping = new();
    private Task? worker;
    private L1Origin? restartFrom;
    private bool resetPending;
    private ulong lastFetched;
    private long? unreachableSince;
    private long skippedLogs;
    private long reorgs;

    /// <summary>
    /// Follows <paramref name="source"/> from <paramref name="start"/> (the next block is the one after it); with
    /// <paramref name="batchesFrom"/>, each block comes with the batch frames that address posted to the inbox.
    /// </summary>
    public L1Follower(IL1Source source, L1Settings l1, L1Origin start, L1ClientOptions options, TimeProvider time, ILogger logger, Address? batchesFrom = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(l1);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var contracts = l1.Contracts ?? throw new ArgumentException("the genesis follows no L1", nameof(l1));
        this.source = source;
        this.options = options;
        confirmations = l1.Confirmations;
        this.time = time;
        this.logger = logger;
        traversal = new L1Traversal(source, start, l1.Confirmations);
        stage = batchesFrom is { } sequencer
            ? new L1InputStage(new L1Retrieval(traversal, source, contracts.All, contracts.BatchInbox), contracts, sequencer)
            : new L1InputStage(new L1Retrieval(traversal, source, contracts.Inputs), contracts);
        lastFetched = start.Number;
    }

    /// <summary>A follower of the L1 at <paramref name="options"/>' URL over JSON-RPC (Nethereum), on the system clock.</summary>
    /// <exception cref="ArgumentException">The URL is not an http(s) URL.</exception>
    public static L1Follower OverJsonRpc(L1ClientOptions options, L1Settings l1, L1Origin start, ILogger logger, Address? batchesFrom = null) =>
        new(SourceOf(options), l1, start, options, TimeProvider.System, logger, batchesFrom);

    /// <summary>The L1 at <paramref name="options"/>' URL over JSON-RPC (Nethereum), with its call deadline.</summary>
    /// <exception cref="ArgumentException">The URL is not an http(s) URL.</exception>
    public static JsonRpcL1Source SourceOf(L1ClientOptions options) => new(SourceUrl(options), TimeSpan.FromMilliseconds(options.CallTimeoutMs));

    /// <summary>The URL of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The URL is not an http(s) URL.</exception>
    public static Uri SourceUrl(L1ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return L1ClientOptions.TryParseUrl(options.Url, out var parsed) ? parsed : throw new ArgumentException($"L1Rpc:Url \"{options.Url}\" is not an http(s) URL", nameof(options));
    }

    /// <inheritdoc/>
    /// <remarks>Nothing more is fetched until <see cref="Restart"/>.</remarks>
    public bool ResetPending
    {
        get
        {
            lock (gate)
            {
                return resetPending;
            }
        }
    }

    /// <summary>Where following stands now.</summary>
    public L1SyncStatus Status
    {
        get
        {
            lock (gate)
            {
                return new L1SyncStatus(traversal.L1Head, lastFetched, unreachableSince is null, unreachableSince, skippedLogs, reorgs);
            }
        }
    }

    /// <summary>Starts fetching.</summary>
    public void Start() => worker ??= Task.Run(() => FollowAsync(stopping.Token));

    /// <inheritdoc/>
    public L1BlockInputs? NextAfter(L1Origin origin)
    {
        lock (gate)
        {
            while (ready.TryPeek(out var first) && first.Block.Number <= origin.Number)
            {
                ready.Dequeue();
            }

            return ready.TryPeek(out var next) && next.Block.Number == origin.Number + 1 && next.Block.ParentHash == origin.Hash ? next : null;
        }
    }

    /// <summary>Takes the oldest fetched block, for a consumer that reads every block in order (safe derivation).</summary>
    public L1BlockInputs? TakeNext()
    {
        lock (gate)
        {
            return ready.TryDequeue(out var next) ? next : null;
        }
    }

    /// <summary>Whether L1's block at <paramref name="number"/> is still <paramref name="hash"/>.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    public async Task<bool> IsCanonicalAsync(ulong number, Hash256 hash, CancellationToken cancellationToken) =>
        (await source.GetBlockByNumberAsync(number, cancellationToken).ConfigureAwait(false))?.Hash == hash;

    /// <summary>L1's block at <paramref name="number"/>, or null when it has none there.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    public Task<L1BlockRef?> BlockAtAsync(ulong number, CancellationToken cancellationToken) => source.GetBlockByNumberAsync(number, cancellationToken);

    /// <summary>Whether <paramref name="origin"/> is still L1's block at its height.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    public Task<bool> IsCanonicalAsync(L1Origin origin, CancellationToken cancellationToken) => IsCanonicalAsync(origin.Number, origin.Hash, cancellationToken);

    /// <summary>After a reset: drops what was fetched and follows again from <paramref name="origin"/>, the new head's origin.</summary>
    public void Restart(L1Origin origin)
    {
        lock (gate)
        {
            ready.Clear();
            restartFrom = origin;
            lastFetched = origin.Number;
            resetPending = false;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (worker is not null)
        {
            await worker.ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.PollIntervalMs);
        var retryDelay = pollInterval;
        var schedule = new L1PollSchedule(time, pollInterval);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!TryStep())
                {
                    await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    var sentAt = time.GetTimestamp();
                    var next = await stage.NextAsync(cancellationToken).ConfigureAwait(false);
                    schedule.Polled(traversal.L1Head, sentAt);
                    MarkReachable();
                    retryDelay = pollInterval;
                    if (next is not null)
                    {
                        Fetched(next);
                        schedule.Fetched(next.Block);
                    }

                    // Caught up, asking again at once would only find no new block: wait until L1 is expected to make one.
                    if (next is null || AtTip(next))
                    {
                        await Task.Delay(schedule.NextDelay(), time, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (DerivationException failure) when (failure.Kind == DerivationErrorKind.Temporary)
                {
                    MarkUnreachable(failure, retryDelay);
                    await Task.Delay(retryDelay, time, cancellationToken).ConfigureAwait(false);
                    retryDelay = TimeSpan.FromMilliseconds(Math.Min(retryDelay.TotalMilliseconds * 2, options.MaxRetryDelayMs));
                }
                catch (DerivationException failure) when (failure.Kind == DerivationErrorKind.Reset)
                {
                    LogReorg(failure.Message);
                    lock (gate)
                    {
                        ready.Clear();
                        resetPending = true;
                        reorgs++;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what was fetched and not taken is fetched again on the next start.
        }
    }

    // Whether to fetch now: not while a reset waits for the sequencer, nor while enough blocks wait already.
    private bool TryStep()
    {
        lock (gate)
        {
            if (restartFrom is { } origin)
            {
                stage.Reset(origin);
                restartFrom = null;
            }

            return !resetPending && ready.Count < options.MaxQueuedBlocks;
        }
    }

    // Whether `next` is the last block read and as deep as the head L1 last reported allows.
    private bool AtTip(L1BlockInputs next) =>
        next.Block.Number == traversal.Current.Number && traversal.L1Head is { } head && next.Block.Number + confirmations >= head;

    private void Fetched(L1BlockInputs next)
    {
        foreach (var skipped in next.Skipped)
        {
            LogSkipped(skipped.Log.BlockNumber, skipped.Log.LogIndex, skipped.Log.Address.ToString(), skipped.Reason);
        }

        lock (gate)
        {
            ready.Enqueue(next);
            lastFetched = next.Block.Number;
            skippedLogs += next.Skipped.Count;
        }
    }
}
