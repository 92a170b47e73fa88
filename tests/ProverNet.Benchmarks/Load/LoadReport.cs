using System.Collections.Concurrent;
using System.Diagnostics;

namespace ProverNet.Benchmarks.Load;

/// <summary>What a load run measured, and its printout.</summary>
public sealed class LoadReport(LoadOptions options)
{
    /// <summary>Submit-to-inclusion latency of each included transaction.</summary>
    public ConcurrentBag<TimeSpan> Latencies { get; } = [];

    /// <summary>Each observed block: number, load transactions in it, when it was seen.</summary>
    public ConcurrentBag<(ulong Number, int Included, long SeenAt)> Blocks { get; } = [];

    /// <summary>Load transactions seen in blocks.</summary>
    public int Included { get; set; }

    /// <summary>Transactions the node refused.</summary>
    public int Refused { get; set; }

    /// <summary>Node CPU time during the run.</summary>
    public TimeSpan NodeCpu { get; set; }

    /// <summary>From the first send to the end of the run.</summary>
    public TimeSpan Wall { get; set; }

    /// <summary>How long the sending took.</summary>
    public double SendSeconds { get; set; }

    /// <summary>The node's peak resident memory.</summary>
    public long PeakResidentBytes { get; set; }

    /// <summary>The node's blocks holding transactions, in order: their transactions, build-and-commit time, GC pauses in it and how long after their slot they were sealed.</summary>
    public IReadOnlyList<(int Transactions, int Milliseconds, int GcPauseMilliseconds, int SealedAfterMilliseconds)> BlocksBuilt { get; set; } = [];

    /// <summary>Unsafe minus safe head, in L2 blocks, sampled every half second while the load ran (a node following L1).</summary>
    public ConcurrentBag<long> SafeLag { get; } = [];

    /// <summary>L2 transactions the batcher posted and the L1 gas it spent, at the end.</summary>
    public (long Transactions, long L1Gas) Posted { get; set; }

    /// <summary>Prints the report.</summary>
    public void Print(int total)
    {
        var latencies = Latencies.Order().ToArray();
        var blocks = Blocks.OrderBy(block => block.Number).Where(block => block.Included > 0).ToArray();
        var span = blocks.Length > 1 ? Stopwatch.GetElapsedTime(blocks[0].SeenAt, blocks[^1].SeenAt).TotalSeconds : 0;
        var sustained = span > 0 ? (Included - blocks[0].Included) / span : 0;
        Console.WriteLine();
        Console.WriteLine($"| target rate | sent | refused | included | send time | sustained inclusion | p50 | p90 | p99 | max | node CPU (of {Environment.ProcessorCount} cores) | node peak RSS |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(
            $"| {options.Rate}/s × {options.Seconds} s{(options.FollowL1 ? ", following L1" : string.Empty)} | {total} | {Refused} | {Included} | {SendSeconds:F1} s | {sustained:F0} tx/s | " +
            $"{Percentile(latencies, 50)} | {Percentile(latencies, 90)} | {Percentile(latencies, 99)} | {Percentile(latencies, 100)} | " +
            $"{100 * NodeCpu.TotalSeconds / Wall.TotalSeconds:F0}% | {PeakResidentBytes / (1024 * 1024)} MiB |");
        Console.WriteLine($"blocks with load: {blocks.Length}, largest {(blocks.Length > 0 ? blocks.Max(block => block.Included) : 0)} transactions");
        if (options.FollowL1)
        {
            var lag = SafeLag.Order().ToArray();
            var perTransaction = Posted.Transactions > 0 ? Posted.L1Gas / (double)Posted.Transactions : 0;
            Console.WriteLine(
                $"safe head behind the head (L2 blocks, {lag.Length} samples): p50 {Nth(lag, 50)}, p99 {Nth(lag, 99)}, max {Nth(lag, 100)}; " +
                $"batcher: {Posted.Transactions} transactions posted for {Posted.L1Gas} L1 gas ({perTransaction:F0} gas per L2 transaction)");
        }

        var builds = BlocksBuilt.Select(block => TimeSpan.FromMilliseconds(block.Milliseconds)).Order().ToArray();
        Console.WriteLine($"node build-and-commit time per block: p50 {Percentile(builds, 50)}, p90 {Percentile(builds, 90)}, max {Percentile(builds, 100)}");
        // The sequence shows where a tail comes from (a cold start, a collection, a growing backlog); the percentiles hide it.
        Console.WriteLine(
            "each block, transactions/build ms (of which GC pauses)+ms from its slot's end to sealed: "
            + string.Join(' ', BlocksBuilt.Select(block => $"{block.Transactions}/{block.Milliseconds}({block.GcPauseMilliseconds})+{block.SealedAfterMilliseconds}")));
    }

    private static string Nth(long[] sorted, int percent) =>
        sorted.Length == 0 ? "-" : sorted[Math.Min(sorted.Length - 1, sorted.Length * percent / 100)].ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Percentile(TimeSpan[] sorted, int percent) =>
        sorted.Length == 0 ? "-" : $"{sorted[Math.Min(sorted.Length - 1, sorted.Length * percent / 100)].TotalMilliseconds:F0} ms";
}
