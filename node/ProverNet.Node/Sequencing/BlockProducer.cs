using Microsoft.Extensions.Logging;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Receipts;
using ProverNet.Derivation;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// The sequencer loop: every block time it builds a block from the transaction source on top of the head, commits it and
/// publishes it. Block time comes from the injected clock, never earlier than the parent's. With an L1 feed, each block
/// takes the next L1 block as its origin when the feed has it (opening with its inputs) and keeps the parent's
/// otherwise; past the sequencer drift it carries no user transactions (<see cref="SequencerAttributes"/>,
/// <see cref="L1OriginRule"/>).
/// </summary>
public sealed partial class BlockProducer
{
    private readonly BlockProcessor processor;
    private readonly ITransactionSource source;
    private readonly BlockFeed feed;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Action<ProcessedBlock>? committed;
    private readonly BlockBuildBudget? budget;
    private readonly IL1InputFeed? l1;
    private readonly L1ReorgRecovery? recovery;
    private readonly UnsafeChainCorrection? correction;
    private bool drifting;

    /// <summary>
    /// Creates the loop; nothing runs until <see cref="RunAsync"/>. <paramref name="committed"/> runs on the producer's
    /// thread after each commit and before the next block (the mempool re-validates there), then the block is published.
    /// With a <paramref name="budget"/>, each block takes only what fits into its build-time budget; with an
    /// <paramref name="l1"/> feed, blocks follow L1 (without, every block keeps the parent's origin), and an L1 reorg is
    /// resolved by <paramref name="recovery"/> before the next block.
    /// </summary>
    public BlockProducer(
        BlockProcessor processor, ITransactionSource source, BlockFeed feed, TimeProvider time, ILogger logger,
        Action<ProcessedBlock>? committed = null, BlockBuildBudget? budget = null, IL1InputFeed? l1 = null, L1ReorgRecovery? recovery = null,
        UnsafeChainCorrection? correction = null)
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
        this.l1 = l1;
        this.recovery = recovery;
        this.correction = correction;
    }

    /// <summary>
    /// Produces a block every <paramref name="blockTime"/> until cancelled, on a thread of its own. Slots are kept on one
    /// schedule from the start; each block is built from when the previous one is committed until its slot ends — taking
    /// transactions as they arrive when the source is the mempool, or all at once at the end of the slot otherwise — and
    /// then sealed. A block that ends past the next slot is followed by one built at once, then the schedule resumes.
    /// </summary>
    public Task RunAsync(TimeSpan blockTime, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(blockTime, TimeSpan.Zero);

        // The schedule starts now, not when the thread does. Its own thread, as the builder waits for arrivals
        // synchronously for most of each slot.
        var start = time.GetTimestamp();
        return Task.Factory.StartNew(() => Run(start, blockTime, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Builds, commits and publishes one block now, from what the source has now.</summary>
    public ProcessedBlock ProduceNext() => Produce(TimeSpan.Zero, CancellationToken.None);

    private void Run(long start, TimeSpan blockTime, CancellationToken cancellationToken)
    {
        long slot = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                slot = Math.Max(slot + 1, time.GetElapsedTime(start).Ticks / blockTime.Ticks);
                var untilSlotEnd = (blockTime * slot) - time.GetElapsedTime(start);
                correction?.ApplyPending();
                if (recovery is { Pending: true } && !recovery.TryRecover(cancellationToken))
                {
                    // No block on an L1 branch that is gone: wait for L1 to say where the chain still holds.
                    Task.Delay(untilSlotEnd > TimeSpan.Zero ? untilSlotEnd : blockTime, time, cancellationToken).GetAwaiter().GetResult();
                    continue;
                }

                if (source is not IArrivingTransactionSource && untilSlotEnd > TimeSpan.Zero)
                {
                    Task.Delay(untilSlotEnd, time, cancellationToken).GetAwaiter().GetResult();
                    untilSlotEnd = TimeSpan.Zero;
                }

                Produce(untilSlotEnd, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping between blocks: the last block is committed, nothing is half-written.
        }
    }

    private ProcessedBlock Produce(TimeSpan untilSlotEnd, CancellationToken cancellationToken)
    {
        var head = processor.Head.Header;
        var slotEnd = time.GetUtcNow() + (untilSlotEnd > TimeSpan.Zero ? untilSlotEnd : TimeSpan.Zero);

        // The block's time is its slot's end, when it is sealed; its transactions execute before, at that time.
        var attributes = SequencerAttributes.Next(head, (ulong)slotEnd.ToUnixTimeSeconds(), l1?.NextAfter(head.L1Origin));
        var transactions = source;
        if (!L1OriginRule.AllowsUserTransactions(attributes.Timestamp, attributes.L1Origin, processor.Genesis))
        {
            WarnDrifting(attributes);
            if (untilSlotEnd > TimeSpan.Zero)
            {
                Task.Delay(untilSlotEnd, time, cancellationToken).GetAwaiter().GetResult();
                untilSlotEnd = TimeSpan.Zero;
            }

            transactions = EmptyTransactionSource.Instance;
        }
        else if (drifting)
        {
            drifting = false;
            LogDriftOver(attributes.L1Origin.Number);
        }

        var started = time.GetTimestamp();
        var pausedBefore = GC.GetTotalPauseDuration();
        ProcessedBlock produced;
        TimeSpan building;
        using (var drawFrom = new SlotTransactionSource(
            transactions, budget?.TransactionCap, budget?.Budget ?? TimeSpan.MaxValue, untilSlotEnd, time, cancellationToken))
        {
            produced = processor.Produce(attributes, drawFrom);
            building = time.GetElapsedTime(started) - drawFrom.Waited;
        }

        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        budget?.Record(produced.Block.Body.UserTransactions.Count, building);
        var header = produced.Block.Header;
        logger.LogInformation(
            "block {Number} {Hash} on L1 origin {L1Origin}: {Transactions} transactions ({Failed} failed), {Matches} matches, {GasUsed} gas, state root {StateRoot}, built and committed in {Milliseconds} ms ({GcPauseMilliseconds} ms of it paused for garbage collection), committed {LagMilliseconds} ms after its slot ended",
            header.Number,
            produced.Block.Hash,
            header.L1Origin.Number,
            produced.Block.Body.TransactionCount,
            produced.Receipts.Count(receipt => receipt.Status == ReceiptStatus.Failure),
            produced.Clearing?.Matches.Length ?? 0,
            header.GasUsed,
            header.StateRoot,
            (long)building.TotalMilliseconds,
            (long)paused.TotalMilliseconds,
            (long)Math.Max(0, (time.GetUtcNow() - slotEnd).TotalMilliseconds));
        committed?.Invoke(produced);
        feed.Publish(produced);
        return produced;
    }

    private void WarnDrifting(BlockAttributes attributes)
    {
        if (!drifting)
        {
            drifting = true;
            LogDrifting(attributes.Timestamp - attributes.L1Origin.Timestamp, attributes.L1Origin.Number);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L2 time is {Seconds} s ahead of L1 origin {Origin}, past the sequencer drift: blocks carry no user transactions until L1 catches up")]
    private partial void LogDrifting(ulong seconds, ulong origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "L1 origin {Origin} is within the sequencer drift again: blocks carry user transactions")]
    private partial void LogDriftOver(ulong origin);
}
