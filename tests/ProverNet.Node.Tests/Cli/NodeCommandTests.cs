using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ProverNet.Chain.Blocks;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Cli;

public sealed partial class NodeCommandTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Node_KilledRepeatedlyUnderLoad_ResumesEachTimeAndReplaysToTheStoredRoot()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-node-").FullName;
        try
        {
            var heads = new List<ulong>();
            var pause = new Random(7);
            for (var round = 0; round < 5; round++)
            {
                using var node = StartUnderLoad(dataDir);
                try
                {
                    heads.Add(await ReadStartingBlockAsync(node));
                    await Task.Delay(pause.Next(400, 1500));
                }
                finally
                {
                    node.Kill(); // SIGKILL: no shutdown code runs
                    await node.WaitForExitAsync();
                }
            }

            Assert.Equal(heads.Order(), heads);
            Assert.True(heads[^1] > heads[0], $"the chain did not advance across restarts: {string.Join(", ", heads)}");

            var replay = await ProvernetProcess.RunAsync("replay", "--data-dir", dataDir);

            Assert.True(replay.ExitCode == 0, replay.Stdout + replay.Stderr);
            var replayed = ReplayedLine().Match(replay.Stdout);
            Assert.True(replayed.Success, replay.Stdout);
            Assert.True(ulong.Parse(replayed.Groups["blocks"].Value, CultureInfo.InvariantCulture) >= heads[^1]);
            AssertIndexesConsistentAndCatchUp(dataDir);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Node_CtrlC_StopsCleanlyAndRestartsAtTheSameBlock()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-node-").FullName;
        try
        {
            using (var node = StartUnderLoad(dataDir))
            {
                await ReadStartingBlockAsync(node);
                await Task.Delay(800);
                Process.Start("kill", ["-INT", node.Id.ToString(CultureInfo.InvariantCulture)]).WaitForExit();
                var rest = await node.StandardOutput.ReadToEndAsync().WaitAsync(StartTimeout);
                await node.WaitForExitAsync().WaitAsync(StartTimeout);
                Assert.Equal(0, node.ExitCode);
                var stopped = StoppedLine().Match(rest);
                Assert.True(stopped.Success, rest);

                using var restarted = StartUnderLoad(dataDir);
                try
                {
                    Assert.Equal(ulong.Parse(stopped.Groups["block"].Value, CultureInfo.InvariantCulture), await ReadStartingBlockAsync(restarted));
                }
                finally
                {
                    restarted.Kill();
                    await restarted.WaitForExitAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Node_GenesisMissing_ExitsWithTheReason()
    {
        var stderr = await FailInFreshDataDirAsync(dataDir => ["node", "--data-dir", dataDir, "--genesis", Path.Combine(dataDir, "none.json")]);

        Assert.Contains("genesis file not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_MempoolSettingOutOfRange_ExitsNamingIt()
    {
        var stderr = await FailInFreshDataDirAsync(dataDir =>
            ["node", "--data-dir", dataDir, "--genesis", NodeGenesis.DevnetPath, "--set", "Rpc:Port=0", "--set", "Mempool:RecoveryThreads=-1"]);

        Assert.Equal("error: Mempool:RecoveryThreads: must be at least 0, got -1", stderr.Trim());
    }

    [Theory]
    [InlineData("Rpc:Port=-1", "error: Rpc:Port: expected 0 to 65535, got -1")]
    [InlineData("Rpc:Port=70000", "error: Rpc:Port: expected 0 to 65535, got 70000")]
    [InlineData("Rpc:Host=notanip", "error: Rpc:Host: expected an IP address to bind (e.g. 127.0.0.1, 0.0.0.0, ::1), got \"notanip\"")]
    [InlineData("Rpc:MaxBatch=0", "error: Rpc:MaxBatch: must be at least 1, got 0")]
    [InlineData("Rpc:MaxRequestBytes=-1", "error: Rpc:MaxRequestBytes: must be at least 1, got -1")]
    [InlineData("Sequencer:BlockTimeMs=-1", "error: Sequencer:BlockTimeMs: expected 0 to 60000, got -1")]
    [InlineData("Sequencer:BlockTimeMs=1", "error: Sequencer:BlockTimeMs: expected 100 to 60000, got 1")]
    [InlineData("Sequencer:SyntheticLoadPerBlock=-1", "error: Sequencer:SyntheticLoadPerBlock: expected 0 to 100000, got -1")]
    public async Task Node_SettingOutOfRange_OneLineNamingItAndExit2(string setting, string expected)
    {
        var stderr = await FailInFreshDataDirAsync(dataDir =>
            ["node", "--data-dir", dataDir, "--genesis", NodeGenesis.DevnetPath, "--set", "Rpc:Port=0", "--set", setting]);

        Assert.Equal(expected, stderr.Trim());
    }

    [Fact]
    public async Task Node_SettingNotANumber_OneLineNamingIt()
    {
        var stderr = await FailInFreshDataDirAsync(dataDir => ["node", "--data-dir", dataDir, "--set", "Rpc:Port=abc"]);

        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Rpc:Port", line, StringComparison.Ordinal);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_DataDirIsAFile_OneLineSayingSo()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exitCode, _, stderr) = await ProvernetProcess.RunAsync("node", "--data-dir", file, "--genesis", NodeGenesis.DevnetPath, "--set", "Rpc:Port=0");

            Assert.Equal(2, exitCode);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: cannot create", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Replay_DirectoryWithoutChain_ExitsWithTheReason()
    {
        var stderr = await FailInFreshDataDirAsync(dataDir => ["replay", "--data-dir", dataDir]);

        Assert.Contains("holds no chain", stderr, StringComparison.Ordinal);
    }

    // Runs provernet with the arguments built for a new empty data directory, expects the configuration-error exit (2)
    // and returns what it wrote to stderr.
    private static async Task<string> FailInFreshDataDirAsync(Func<string, string[]> arguments)
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-node-").FullName;
        try
        {
            var (exitCode, _, stderr) = await ProvernetProcess.RunAsync(arguments(dataDir));
            Assert.Equal(2, exitCode);
            return stderr;
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // The indexer was killed with the node: the marker's block must be fully indexed, and catching up must index the rest.
    private static void AssertIndexesConsistentAndCatchUp(string dataDir)
    {
        using var database = ChainDatabase.Open(dataDir, genesisPath: null);
        var blocks = new BlockStore(database.Store);
        if (blocks.IndexedThrough is { } indexed)
        {
            AssertIndexed(database.Store, blocks.GetByNumber(indexed)!);
        }

        new ChainIndexer(database.Store).CatchUp();

        Assert.Equal(blocks.HeadNumber, blocks.IndexedThrough);
        AssertIndexed(database.Store, blocks.Head!);
    }

    private static void AssertIndexed(RocksDbStore store, Block block)
    {
        foreach (var hash in block.Body.TransactionHashes)
        {
            Assert.NotNull(store.Get(ColumnFamily.Transactions, hash.ToArray()));
        }
    }

    private static Process StartUnderLoad(string dataDir) => ProvernetProcess.Start(
        "node", "--data-dir", dataDir, "--genesis", NodeGenesis.DevnetPath,
        "--set", "Sequencer:BlockTimeMs=100", "--set", "Sequencer:SyntheticLoadPerBlock=40", "--set", "Rpc:Port=0");

    private static async Task<ulong> ReadStartingBlockAsync(Process node)
    {
        while (await node.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout) is { } line)
        {
            if (StartLine().Match(line) is { Success: true } match)
            {
                return ulong.Parse(match.Groups["block"].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("the node exited before starting: " + await node.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"at block (?<block>\d+), state root 0x[0-9a-f]{64}$")]
    private static partial Regex StartLine();

    [GeneratedRegex(@"Stopped at block (?<block>\d+), state root")]
    private static partial Regex StoppedLine();

    [GeneratedRegex(@"replayed (?<blocks>\d+) blocks from genesis: state root 0x[0-9a-f]{64} matches block \d+")]
    private static partial Regex ReplayedLine();
}
