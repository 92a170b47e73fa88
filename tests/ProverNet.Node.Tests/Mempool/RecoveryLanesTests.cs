using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class RecoveryLanesTests
{
    [Fact]
    public void Next_OneLane_NoTwoCallersInsideAtOnce()
    {
        var lanes = new RecoveryLanes(1);
        var inside = 0;
        var mostInside = 0;

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            lock (lanes.Next())
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref mostInside, now);
                Thread.SpinWait(2_000);
                Interlocked.Decrement(ref inside);
            }
        });

        Assert.Equal(1, mostInside);
    }

    [Fact]
    public void Next_SeveralLanes_HandsThemOutInTurn()
    {
        var lanes = new RecoveryLanes(3);

        var first = new[] { lanes.Next(), lanes.Next(), lanes.Next() };

        Assert.Equal(3, first.Distinct().Count());
        Assert.Equal(0, Array.IndexOf(first, lanes.Next()));
    }

    [Fact]
    public void Constructor_NoLane_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new RecoveryLanes(0));

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
