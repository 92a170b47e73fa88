using ProverNet.Derivation;

namespace ProverNet.Node.L1;

/// <summary>
/// When the follower, caught up with L1, looks again: when L1 is expected to have made its next block, not every
/// poll interval. L1 makes blocks at a rhythm read off the timestamps of the blocks fetched (the shortest of the last few
/// gaps, so a missed slot or a devnet's jump in time does not stretch it); the next block is expected one interval
/// after the poll that first saw the current head was sent — L1 had made that head by then, and its clock may differ
/// from ours, so the expectation is kept in ours. Polls are never closer than the poll interval, which is also the
/// wait while the rhythm is unknown, and after a poll that came too early.
/// </summary>
internal sealed class L1PollSchedule
{
    private const int GapsKept = 8;

    // Longer gaps are outages or jumps of a devnet's clock, not a rhythm worth waiting for.
    private static readonly TimeSpan LongestInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider time;
    private readonly TimeSpan floor;
    private readonly Queue<ulong> gaps = new();
    private L1BlockRef? lastFetched;
    private ulong? head;
    private long headSeenAt;

    /// <summary>A schedule on <paramref name="time"/>'s clock that never polls closer than <paramref name="floor"/>.</summary>
    public L1PollSchedule(TimeProvider time, TimeSpan floor)
    {
        this.time = time;
        this.floor = floor;
    }

    /// <summary>A poll sent at <paramref name="sentAt"/> (a <see cref="TimeProvider.GetTimestamp"/>) saw <paramref name="l1Head"/>.</summary>
    public void Polled(ulong? l1Head, long sentAt)
    {
        if (l1Head is { } seen && seen != head)
        {
            head = seen;
            headSeenAt = sentAt;
        }
    }

    /// <summary>A block was fetched: its gap to the block before it, if that was the last fetched, is one more sample of the rhythm.</summary>
    public void Fetched(L1BlockRef block)
    {
        if (lastFetched is { } previous && block.Number == previous.Number + 1 && block.Timestamp > previous.Timestamp)
        {
            if (gaps.Count == GapsKept)
            {
                gaps.Dequeue();
            }

            gaps.Enqueue(block.Timestamp - previous.Timestamp);
        }

        lastFetched = block;
    }

    /// <summary>How long to wait from now before the next poll.</summary>
    public TimeSpan NextDelay()
    {
        if (gaps.Count == 0 || head is null)
        {
            return floor;
        }

        var interval = TimeSpan.FromSeconds(gaps.Min());
        var untilExpected = (interval < LongestInterval ? interval : LongestInterval) - time.GetElapsedTime(headSeenAt);
        return untilExpected > floor ? untilExpected : floor;
    }
}
