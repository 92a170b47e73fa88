using Microsoft.Extensions.Logging;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Derivation;

namespace ProverNet.Node.Safety;

/// <summary>Resets after an L1 reorg, reads from L1 with retries, and the log lines.</summary>
public sealed partial class SafeChainDerivation
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    // Back to the newest safe block whose cursor and origin are still on L1, and derivation again from there.
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var head = SafeHead;
        var target = new SafeRecord(0, Genesis.Hash, null);
        for (var number = head.Number; number > 0; number--)
        {
            var record = records.Get(number)
                ?? throw new InvalidOperationException($"L1 reorganized under safe block {number}, deeper than the {SafeBlockRecords.Kept} safe blocks kept: start again from an empty data directory");
            var origin = blocks.GetByNumber(number)!.Header.L1Origin;
            if (await IsCanonicalAsync(record.Cursor!.Value.L1Number, record.Cursor.Value.L1Hash, cancellationToken).ConfigureAwait(false)
                && await IsCanonicalAsync(origin.Number, origin.Hash, cancellationToken).ConfigureAwait(false))
            {
                target = record;
                break;
            }
        }

        LogReset(head.Number, target.Number);
        records.RewindTo(target.Number);
        chain.MarkSafe(target.Number);
        await ResumeAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private Task<bool> IsCanonicalAsync(ulong number, Hash256 hash, CancellationToken cancellationToken) =>
        WithRetriesAsync(async () => (await l1.GetBlockByNumberAsync(number, cancellationToken).ConfigureAwait(false))?.Hash == hash, cancellationToken);

    // The L1 block before `number`, where the follower starts when derivation resumes inside a channel opened before the safe origin.
    private Task<L1Origin> L1BlockBeforeAsync(ulong number, CancellationToken cancellationToken) =>
        WithRetriesAsync(
            async () => (await l1.GetBlockByNumberAsync(number - 1, cancellationToken).ConfigureAwait(false))?.Origin
                ?? throw new DerivationException(DerivationErrorKind.Reset, $"L1 has no block {number - 1} to resume from"),
            cancellationToken);

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (L1UnavailableException unavailable)
            {
                LogL1Unavailable(unavailable.Message);
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "safe derivation resumes on safe block {Number}, reading L1 from block {L1Block}")]
    private partial void LogResumed(ulong number, ulong l1Block);

    [LoggerMessage(Level = LogLevel.Warning, Message = "batch data dropped: {Reason}")]
    private partial void LogDropped(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 log {Block}/{Index} skipped: {Reason}")]
    private partial void LogSkipped(ulong block, uint index, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "safe block {Number} forced: {Source}")]
    private partial void LogForced(ulong number, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 reorganized under the safe chain: {Reason}")]
    private partial void LogReorg(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "safe head taken back from block {From} to {To} after an L1 reorg")]
    private partial void LogReset(ulong from, ulong to);

    [LoggerMessage(Level = LogLevel.Error, Message = "the unsafe chain is not what L1 says: {Reason}")]
    private partial void LogMismatch(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 unreachable for safe derivation, retrying: {Reason}")]
    private partial void LogL1Unavailable(string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "safe derivation stopped: {Reason}")]
    private partial void LogStopped(string reason, Exception failure);
}
