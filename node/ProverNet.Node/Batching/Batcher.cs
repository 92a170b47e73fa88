using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Derivation.Batches;
using ProverNet.Node.ChainView;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Batching;

/// <summary>
/// Posts the sequencer's unsafe blocks to the inbox (op-batcher's job): from the safe head's child on, as many blocks as
/// <see cref="BatcherOptions.MaxBlocksPerBatch"/> allows or as have waited <see cref="BatcherOptions.MaxDelayMs"/>, in
/// one batch, cut into frames of at most <see cref="BatcherOptions.MaxFrameBytes"/>, one L1 transaction each, each seen
/// through to inclusion by the <see cref="IL1TransactionSender"/>. It keeps no state of its own: where to post from is
/// what L1 shows — the safe head, derived from the inbox — so after a kill -9 it posts again from there (a batch posted
/// twice is dropped as stale the second time), and blocks posted but still not safe after
/// <see cref="BatcherOptions.ResubmitAfterMs"/> (an L1 reorg took their batch) are posted again.
/// </summary>
public sealed partial class Batcher
{
    private readonly CommittedChain chain;
    private readonly IL1TransactionSender sender;
    private readonly Address inbox;
    private readonly BatcherOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly object gate = new();
    private BatcherStats stats;
    private readonly Queue<(ulong Last, long PostedAt)> unsafePosted = new();
    private ulong nextToPost;
    private long? waitingSince;

    /// <summary>Posts <paramref name="chain"/>'s blocks to <paramref name="inbox"/> through <paramref name="sender"/>.</summary>
    public Batcher(CommittedChain chain, IL1TransactionSender sender, Address inbox, BatcherOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.chain = chain;
        this.sender = sender;
        this.inbox = inbox;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>What was posted so far.</summary>
    public BatcherStats Stats
    {
        get
        {
            lock (gate)
            {
                return stats;
            }
        }
    }

    /// <summary>Posts until <paramref name="cancellationToken"/> fires; L1 outages are waited out.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.PollIntervalMs);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (!await PostDueAsync(cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(poll, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is L1UnavailableException or L1TransactionRejectedException)
            {
                LogPostFailed(failure.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(options.ResubmitAfterMs / 4), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Posts one batch if one is due; false when nothing was.</summary>
    /// <exception cref="L1UnavailableException">L1 could not be reached.</exception>
    public async Task<bool> PostDueAsync(CancellationToken cancellationToken)
    {
        var safe = chain.SafeNumber;
        var head = chain.Head.Number;
        while (unsafePosted.TryPeek(out var posted) && posted.Last <= safe)
        {
            unsafePosted.Dequeue();
        }

        // The oldest batch not yet safe, not the newest, says whether L1 lost one: later ones cannot become safe before it.
        if (nextToPost <= safe)
        {
            nextToPost = safe + 1;
            unsafePosted.Clear();
        }
        else if (unsafePosted.TryPeek(out var oldest) && time.GetElapsedTime(oldest.PostedAt).TotalMilliseconds > options.ResubmitAfterMs)
        {
            LogResubmitting(safe + 1, nextToPost - 1, options.ResubmitAfterMs);
            nextToPost = safe + 1;
            unsafePosted.Clear();
        }

        if (head < nextToPost)
        {
            waitingSince = null;
            return false;
        }

        waitingSince ??= time.GetTimestamp();
        var waiting = head - nextToPost + 1;
        if (waiting < (ulong)options.MaxBlocksPerBatch && time.GetElapsedTime(waitingSince.Value).TotalMilliseconds < options.MaxDelayMs)
        {
            return false;
        }

        var last = Math.Min(head, nextToPost + (ulong)options.MaxBlocksPerBatch - 1);
        await PostAsync(nextToPost, last, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task PostAsync(ulong first, ulong last, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>((int)(last - first + 1));
        for (var number = first; number <= last; number++)
        {
            blocks.Add(chain.Blocks.GetByNumber(number) ?? throw new InvalidOperationException($"block {number} is missing below the head"));
        }

        var batch = BatchEncoder.Encode(Batch.Of(blocks));
        var frames = Frame.Split(batch, options.MaxFrameBytes);
        long gas = 0;
        long bytes = 0;
        for (var i = 0; i < frames.Count; i++)
        {
            var calldata = BatchInboxCall.Encode(frames[i]);
            var receipt = await sender.SendAsync(new L1TransactionRequest(inbox, calldata, GasLimitFor(calldata), $"batch of blocks {first}-{last}, frame {i + 1}/{frames.Count}"), cancellationToken).ConfigureAwait(false);
            if (!receipt.Succeeded)
            {
                // Nothing after a failed frame can close the channel: the whole batch goes again on the next round.
                LogFrameReverted(first, last, i + 1, receipt.TransactionHash.ToString());
                return;
            }

            gas += (long)receipt.GasUsed;
            bytes += frames[i].Length;
        }

        var transactions = blocks.Sum(block => block.Body.UserTransactions.Count);
        lock (gate)
        {
            stats = new BatcherStats(stats.Batches + 1, stats.Frames + frames.Count, stats.Blocks + blocks.Count, stats.Transactions + transactions, stats.Bytes + bytes, stats.GasUsed + gas, last);
        }

        nextToPost = last + 1;
        unsafePosted.Enqueue((last, time.GetTimestamp()));
        waitingSince = null;
        LogPosted(first, last, transactions, frames.Count, bytes, gas);
    }

    // An upper bound of what the call costs: since Prague (EIP-7623) calldata pays at least the floor of 10 gas a token,
    // 4 tokens a non-zero byte — 40 gas a byte for compressed data — and a limit below that floor makes the transaction
    // invalid, not reverted. On top: the inbox's copy and hash of the data, and its event.
    private static ulong GasLimitFor(byte[] calldata) => 21_000 + (40 * (ulong)calldata.Length) + 60_000 + (6 * (((ulong)calldata.Length + 31) / 32));

    [LoggerMessage(Level = LogLevel.Information, Message = "posted blocks {First}-{Last} ({Transactions} transactions) in {Frames} frames: {Bytes} bytes, {Gas} L1 gas")]
    private partial void LogPosted(ulong first, ulong last, int transactions, int frames, long bytes, long gas);

    [LoggerMessage(Level = LogLevel.Warning, Message = "posted blocks {First}-{Last} are not safe after {Milliseconds} ms (an L1 reorg or a dropped batch): posting them again")]
    private partial void LogResubmitting(ulong first, ulong last, int milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "frame {Frame} of the batch of blocks {First}-{Last} reverted on L1 ({Hash}): posting the batch again")]
    private partial void LogFrameReverted(ulong first, ulong last, int frame, string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "posting a batch failed, retrying: {Reason}")]
    private partial void LogPostFailed(string reason);
}
