using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Benchmarks.Load;

/// <summary>
/// End-to-end load: signs bids and offers beforehand, starts a node, sends them over JSON-RPC in batches at a fixed rate
/// and watches blocks for their inclusion. Reports throughput, submit-to-inclusion latency and the node's CPU and memory.
/// <c>dotnet run -c Release --project tests/ProverNet.Benchmarks -- load [--rate 5000] [--seconds 60] [--batch 250] [--accounts 2000]</c>.
/// </summary>
public static class LoadGenerator
{
    private const uint ClassId = 2;
    private static readonly UInt128 Price = 10_000_000_000_000_000;

    /// <summary>Runs the load and prints the report; returns the process exit code.</summary>
    public static async Task<int> RunAsync(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var requesters = BenchAccounts.Signers("load-requester", options.Accounts);
        var provers = BenchAccounts.Signers("load-prover", options.Accounts);
        var genesisPath = Path.Combine(Path.GetTempPath(), $"provernet-load-genesis-{Environment.ProcessId}.json");
        await using var l1 = options.FollowL1 ? await StartL1Async(options.DevnetGenesisPath).ConfigureAwait(false) : null;
        LoadGenesis.Write(l1?.GenesisPath ?? options.DevnetGenesisPath, genesisPath, requesters, provers, blockGasLimit: (ulong)options.Rate * 200_000);

        Console.WriteLine($"signing {options.Rate * options.Seconds} transactions from {2 * options.Accounts} accounts…");
        var transactions = Sign(requesters, provers, options.Rate * options.Seconds, chainId: 7351);
        var submitted = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        await using var node = await NodeUnderLoad.StartAsync(genesisPath, options.BlockTimeMs, l1?.Anvil.RpcUrl).ConfigureAwait(false);
        using var rpc = new RpcClient(node.RpcUrl);
        Console.WriteLine($"node at {node.RpcUrl}; sending {options.Rate} tx/s for {options.Seconds} s in batches of {options.Batch}");
        var report = new LoadReport(options);
        var cpuBefore = node.CpuTime();
        using var stop = new CancellationTokenSource();
        var watching = WatchBlocksAsync(rpc, submitted, report, stop.Token);
        var sampling = options.FollowL1 ? SampleSafeLagAsync(rpc, report, stop.Token) : Task.CompletedTask;
        var started = Stopwatch.GetTimestamp();
        report.Refused = await SendAsync(rpc, transactions, submitted, options, started).ConfigureAwait(false);
        var sendSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        // Let the last blocks land.
        for (var waited = 0; waited < 100 && report.Included < transactions.Count - report.Refused; waited++)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }

        var wall = Stopwatch.GetElapsedTime(started);
        report.NodeCpu = node.CpuTime() - cpuBefore;
        report.Wall = wall;
        report.SendSeconds = sendSeconds;
        report.PeakResidentBytes = node.PeakResidentBytes();
        report.BlocksBuilt = [.. node.BlocksBuilt];
        if (options.FollowL1)
        {
            var status = await rpc.SyncStatusAsync(CancellationToken.None).ConfigureAwait(false);
            report.Posted = (status.Transactions, status.L1Gas);
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await watching.ConfigureAwait(false);
        await sampling.ConfigureAwait(false);
        report.Print(transactions.Count);
        if (options.Rebuild && l1 is not null)
        {
            await RebuildFromL1Async(rpc, l1, genesisPath, report.Included).ConfigureAwait(false);
        }

        File.Delete(genesisPath);
        return 0;
    }

    // Waits until the sequencer's head is safe, then times a validator in this process rebuilding it from L1 alone.
    private static async Task RebuildFromL1Async(RpcClient rpc, LocalL1 l1, string genesisPath, int transactions)
    {
        var head = (await rpc.SyncStatusAsync(CancellationToken.None).ConfigureAwait(false)).Unsafe;
        Console.WriteLine($"waiting for block {head} to be safe, then rebuilding the chain from L1 alone…");
        while ((await rpc.SyncStatusAsync(CancellationToken.None).ConfigureAwait(false)).Safe < head)
        {
            await Task.Delay(200).ConfigureAwait(false);
        }

        var dataDir = Directory.CreateTempSubdirectory("provernet-load-validator-").FullName;
        try
        {
            var settings = new NodeSettings { DataDir = dataDir };
            settings.Rpc.Port = 0;
            settings.L1Rpc.Url = l1.Anvil.RpcUrl.ToString();
            settings.L1Rpc.PollIntervalMs = 100;
            settings.Storage.Durability = StorageDurability.None;
            using var database = ChainDatabase.Open(dataDir, genesisPath, StorageDurability.None);
            var started = Stopwatch.GetTimestamp();
            await using var validator = await ValidatorHost.StartAsync(database, settings, NullLoggerFactory.Instance, CancellationToken.None).ConfigureAwait(false);
            while (validator.Chain.SafeNumber < head)
            {
                await Task.Delay(20).ConfigureAwait(false);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"rebuilt {head} blocks ({transactions} transactions) from L1 in {seconds:F1} s: {transactions / seconds:F0} tx/s");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // The devnet's L1 (anvil, the contracts, the genesis anchored after them), as `provernet devnet` starts it.
    private static async Task<LocalL1> StartL1Async(string templateGenesisPath)
    {
        Console.WriteLine("starting anvil and deploying the L1 contracts…");
        var workDir = Directory.CreateTempSubdirectory("provernet-load-l1-").FullName;
        var l1 = await LocalL1.StartAsync(new AnvilOptions(), templateGenesisPath, workDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"L1 at {l1.Anvil.RpcUrl}; the node follows it from block {l1.Origin.Number + 1}");
        return l1;
    }

    private static List<(byte[] Raw, string Hash)> Sign(TransactionSigner[] requesters, TransactionSigner[] provers, int total, ulong chainId)
    {
        var accounts = requesters.Length + provers.Length;
        var signed = new (byte[] Raw, string Hash)[total];
        Parallel.For(0, total, k =>
        {
            var account = k % accounts;
            var nonce = (ulong)(k / accounts);
            var isBid = account % 2 == 0;
            var signer = isBid ? requesters[account / 2] : provers[account / 2];
            var spread = (UInt128)(k * 7 % 41);
            MarketCall call = isBid
                ? new SubmitBidCall(false, ClassId, (uint)(1 + (k % 8)), Price * (100 + spread) / 100, 0, 0, Hash256.Zero, Keccak256.Hash(BitConverter.GetBytes(k)), "ipfs://load")
                : new SubmitOfferCall(ClassId, Price * (100 - spread) / 100, 0);
            var raw = signer.SignDynamicFee(chainId, nonce, 100_000_000, 200_000_000_000, 200_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
            signed[k] = (raw, Keccak256.Hash(raw).ToString());
        });
        return [.. signed];
    }

    private static async Task<int> SendAsync(
        RpcClient rpc, List<(byte[] Raw, string Hash)> transactions, ConcurrentDictionary<string, long> submitted, LoadOptions options, long started)
    {
        var refused = 0;
        using var inFlight = new SemaphoreSlim(options.Connections);
        var sends = new List<Task>();
        for (var offset = 0; offset < transactions.Count; offset += options.Batch)
        {
            // Pace: batch i leaves at i × batch / rate seconds after the start.
            var due = TimeSpan.FromSeconds((double)offset / options.Rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due).ConfigureAwait(false);
            }

            var batch = transactions.GetRange(offset, Math.Min(options.Batch, transactions.Count - offset));
            await inFlight.WaitAsync().ConfigureAwait(false);
            var now = Stopwatch.GetTimestamp();
            foreach (var (_, hash) in batch)
            {
                submitted[hash] = now;
            }

            sends.Add(Task.Run(async () =>
            {
                try
                {
                    Interlocked.Add(ref refused, await rpc.SendBatchAsync([.. batch.Select(entry => entry.Raw)], CancellationToken.None).ConfigureAwait(false));
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }

        await Task.WhenAll(sends).ConfigureAwait(false);
        return refused;
    }

    private static async Task SampleSafeLagAsync(RpcClient rpc, LoadReport report, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var status = await rpc.SyncStatusAsync(cancellationToken).ConfigureAwait(false);
                report.SafeLag.Add((long)(status.Unsafe - Math.Min(status.Safe, status.Unsafe)));
                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static async Task WatchBlocksAsync(RpcClient rpc, ConcurrentDictionary<string, long> submitted, LoadReport report, CancellationToken cancellationToken)
    {
        var next = await rpc.BlockNumberAsync(cancellationToken).ConfigureAwait(false) + 1;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var head = await rpc.BlockNumberAsync(cancellationToken).ConfigureAwait(false);
                for (; next <= head; next++)
                {
                    var seen = Stopwatch.GetTimestamp();
                    var included = 0;
                    foreach (var hash in await rpc.BlockTransactionHashesAsync(next, cancellationToken).ConfigureAwait(false))
                    {
                        if (submitted.TryRemove(hash, out var sentAt))
                        {
                            report.Latencies.Add(Stopwatch.GetElapsedTime(sentAt, seen));
                            included++;
                        }
                    }

                    report.Blocks.Add((next, included, Stopwatch.GetTimestamp()));
                    report.Included += included;
                }

                await Task.Delay(25, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
