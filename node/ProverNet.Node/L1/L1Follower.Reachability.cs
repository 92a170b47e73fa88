using Microsoft.Extensions.Logging;
using ProverNet.Derivation;

namespace ProverNet.Node.L1;

/// <summary>The follower's record of whether L1 answers, and what it logs about L1.</summary>
public sealed partial class L1Follower
{
    private void MarkReachable()
    {
        long? since;
        lock (gate)
        {
            since = unreachableSince;
            unreachableSince = null;
        }

        if (since is { } down)
        {
            LogReachable(time.GetUtcNow().ToUnixTimeSeconds() - down, traversal.Current.Number);
        }
    }

    private void MarkUnreachable(DerivationException failure, TimeSpan retryDelay)
    {
        bool first;
        lock (gate)
        {
            first = unreachableSince is null;
            unreachableSince ??= time.GetUtcNow().ToUnixTimeSeconds();
        }

        if (first)
        {
            LogUnreachable(failure.Message, traversal.Current.Number);
        }
        else
        {
            LogStillUnreachable(failure.Message, (long)retryDelay.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 unavailable ({Reason}): blocks keep L1 origin {Origin} within the sequencer drift; retrying")]
    private partial void LogUnreachable(string reason, ulong origin);

    [LoggerMessage(Level = LogLevel.Debug, Message = "L1 still unavailable ({Reason}); next try in {DelayMilliseconds} ms")]
    private partial void LogStillUnreachable(string reason, long delayMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "L1 reachable again after {Seconds} s; following from L1 block {Origin}")]
    private partial void LogReachable(long seconds, ulong origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason}: the sequencer rewinds to the last block whose L1 origin is still canonical")]
    private partial void LogReorg(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 block {Block} log {LogIndex} of {Address} is left out: {Reason}")]
    private partial void LogSkipped(ulong block, uint logIndex, string address, string reason);
}
