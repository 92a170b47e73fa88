using Microsoft.Extensions.Time.Testing;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.L1;

namespace ProverNet.Node.Tests.L1;

public sealed class L1PollScheduleTests
{
    private static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void NextDelay_RhythmUnknown_IsThePollInterval()
    {
        var schedule = new L1PollSchedule(time, Floor);
        schedule.Polled(7, time.GetTimestamp());

        Assert.Equal(Floor, schedule.NextDelay());
    }

    [Fact]
    public void NextDelay_OneSecondBlocks_WaitsUntilASecondAfterThePollThatFirstSawTheHead()
    {
        var schedule = Fetched(timestamps: [100, 101, 102]);
        schedule.Polled(2, time.GetTimestamp());
        time.Advance(TimeSpan.FromMilliseconds(150));
        schedule.Polled(2, time.GetTimestamp()); // the same head again: not a new sighting

        Assert.Equal(TimeSpan.FromMilliseconds(850), schedule.NextDelay());
    }

    [Fact]
    public void NextDelay_ExpectedBlockLate_IsThePollInterval()
    {
        var schedule = Fetched(timestamps: [100, 112, 124]);
        schedule.Polled(2, time.GetTimestamp());
        time.Advance(TimeSpan.FromMilliseconds(11_800));

        Assert.Equal(Floor, schedule.NextDelay());
    }

    [Fact]
    public void NextDelay_AJumpInL1Time_KeepsTheShortestRecentGap()
    {
        var schedule = Fetched(timestamps: [100, 112, 86_512, 86_524]);
        schedule.Polled(3, time.GetTimestamp());

        Assert.Equal(TimeSpan.FromSeconds(12), schedule.NextDelay());
    }

    [Fact]
    public void NextDelay_OnlyLongGaps_WaitsAMinuteAtMost()
    {
        var schedule = Fetched(timestamps: [100, 86_500, 172_900]);
        schedule.Polled(2, time.GetTimestamp());

        Assert.Equal(TimeSpan.FromMinutes(1), schedule.NextDelay());
    }

    private L1PollSchedule Fetched(ulong[] timestamps)
    {
        var schedule = new L1PollSchedule(time, Floor);
        for (var i = 0; i < timestamps.Length; i++)
        {
            schedule.Fetched(new L1BlockRef((ulong)i, Hash256.Zero, Hash256.Zero, timestamps[i]));
        }

        return schedule;
    }
}
