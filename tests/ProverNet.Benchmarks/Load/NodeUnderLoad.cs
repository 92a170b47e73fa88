using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProverNet.Benchmarks.Load;

/// <summary>A <c>provernet node</c> process for a load run, with its CPU time and peak memory read from /proc.</summary>
public sealed partial class NodeUnderLoad : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDir;

    private NodeUnderLoad(Process process, string dataDir, Uri rpcUrl)
    {
        this.process = process;
        this.dataDir = dataDir;
        RpcUrl = rpcUrl;
    }

    /// <summary>The node's HTTP JSON-RPC endpoint.</summary>
    public Uri RpcUrl { get; }

    /// <summary>Starts the node on a fresh data directory with <paramref name="genesisPath"/> and waits for its RPC line.</summary>
    /// <param name="genesisPath">The genesis.</param>
    /// <param name="blockTimeMs">The sequencer's block time.</param>
    /// <param name="l1RpcUrl">The L1 to follow, when the genesis follows one.</param>
    public static async Task<NodeUnderLoad> StartAsync(string genesisPath, int blockTimeMs, Uri? l1RpcUrl)
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-load-").FullName;
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "provernet.dll"), "node", "--data-dir", dataDir, "--genesis", genesisPath,
            "--set", $"Sequencer:BlockTimeMs={blockTimeMs}", "--set", "Rpc:Port=0",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (l1RpcUrl is not null)
        {
            startInfo.ArgumentList.Add("--set");
            startInfo.ArgumentList.Add($"L1Rpc:Url={l1RpcUrl}");
        }

        var process = Process.Start(startInfo)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (RpcLine().Match(line) is { Success: true } match)
            {
                var node = new NodeUnderLoad(process, dataDir, new Uri(match.Groups["url"].Value));
                _ = node.DrainAsync(process.StandardOutput);
                return node;
            }
        }

        throw new InvalidOperationException("the node exited before printing its L2 RPC URL");
    }

    /// <summary>Each block holding transactions, in order, from the node's log: its transactions, how long it took to build and commit (not counting waits for transactions), how much of that the GC paused it, and how long after its slot ended it was sealed.</summary>
    public ConcurrentQueue<(int Transactions, int Milliseconds, int GcPauseMilliseconds, int SealedAfterMilliseconds)> BlocksBuilt { get; } = new();

    /// <summary>User plus system CPU time the node has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>Peak resident memory of the node (VmHWM), bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(candidate => candidate.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }

    private async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (BlockLine().Match(line) is { Success: true } match && match.Groups["transactions"].Value != "0")
            {
                BlocksBuilt.Enqueue((
                    int.Parse(match.Groups["transactions"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["gc"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["sealed"].Value, CultureInfo.InvariantCulture)));
            }
        }
    }

    [GeneratedRegex(@": (?<transactions>\d+) transactions .* built and committed in (?<ms>\d+) ms \((?<gc>\d+) ms of it paused for garbage collection\), committed (?<sealed>\d+) ms after its slot")]
    private static partial Regex BlockLine();

    [GeneratedRegex(@"L2 RPC: (?<url>http://\S+)")]
    private static partial Regex RpcLine();
}
