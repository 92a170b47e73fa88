using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// The sequencer loop: every block time it builds a block from the transaction source on top of the head, commits it and
/// publishes it. Block time comes from the injected clock, never earlier than the parent's.
/// </summary>
public sealed class BlockProducer
{
    private readonly BlockProcessor processor;
    private readonly ITransactionSource source;
    private readonly BlockFeed feed;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ConcurrentQueue<SystemTransaction> pendingInputs = new();
    private readonly Action<ProcessedBlock>? committed;
    private readonly BlockBuildBudget? budget;

    /// <summary>
    /// Creates the loop; nothing runs until <see cref="RunAsync"/>. <paramref name="committed"/> runs on the producer's
    /// thread after each commit and before the next block (the mempool re-validates there), then the block is published.
    /// With a <paramref name="budget"/>, each block takes only what fits into its build-time budget.
    /// </summary>
    public BlockProducer(
        BlockProcessor processor, ITransactionSource source, BlockFeed feed, TimeProvider time, ILogger logger,
        Action<ProcessedBlock>? committed = null, BlockBuildBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.processor = processor;
        this.source = source;
        this.feed = feed;
        this.time = time;
        this.logger = logger;
        this.committed = committed;
        this.budget = budget;
    }

    /// <summary>
    /// Queues an L1 input for the next block's opening transactions. Until L1 derivation lands, this is how devnet
    /// tooling and tests feed deposits, stake changes and proofs.
    /// </summary>
    public void InjectSystemTransaction(SystemTransaction transaction) => pendingInputs.Enqueue(transaction);

    /// <summary>Produces a block every <paramref name="blockTime"/> until cancelled.</summary>
    public async Task RunAsync(TimeSpan blockTime, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(blockTime, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                ProduceNext();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping between blocks: the last block is committed, nothing is half-written.
        }
    }

    /// <summary>Builds, commits and publishes one block now.</summary>
    public ProcessedBlock ProduceNext()
    {
        var head = processor.Head.Header;
        var now = (ulong)time.GetUtcNow().ToUnixTimeSeconds();
        var inputs = new List<SystemTransaction>();
        while (pendingInputs.TryDequeue(out var input))
        {
            inputs.Add(input);
        }

        var started = time.GetTimestamp();
        var drawFrom = budget?.Limit(source) ?? source;
        var produced = processor.Produce(new BlockAttributes(Math.Max(now, head.Timestamp), head.L1Origin, inputs), drawFrom);
        var elapsed = time.GetElapsedTime(started);
        budget?.Record(produced.Block.Body.UserTransactions.Count, elapsed);
        var header = produced.Block.Header;
        logger.LogInformation(
            "block {Number} {Hash}: {Transactions} transactions ({Failed} failed), {Matches} matches, {GasUsed} gas, state root {StateRoot}, built and committed in {Milliseconds} ms",
            header.Number,
            produced.Block.Hash,
            produced.Block.Body.TransactionCount,
            produced.Receipts.Count(receipt => receipt.Status == ReceiptStatus.Failure),
            produced.Clearing?.Matches.Length ?? 0,
            header.GasUsed,
            header.StateRoot,
            (long)elapsed.TotalMilliseconds);
        committed?.Invoke(produced);
        feed.Publish(produced);
        return produced;
    }
}
