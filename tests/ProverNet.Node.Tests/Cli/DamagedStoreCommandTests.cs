using ProverNet.Chain.Execution;
using ProverNet.Node.Cli;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

/// <summary>The <c>provernet</c> binary on damaged data directories: one line saying what is wrong, never a stack trace.</summary>
public sealed class DamagedStoreCommandTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("provernet-damaged-").FullName;

    [Fact]
    public async Task Node_StoreBehindTheHeadMarker_RefusesToStartWithOneLine()
    {
        ProduceBlocks(2, flush: false);
        var olderCopy = Path.Combine(dataDir, "older");
        CopyDirectory(ChainDatabase.ChainDirectory(dataDir), olderCopy);
        ProduceBlocks(2, flush: false);
        Directory.Delete(ChainDatabase.ChainDirectory(dataDir), recursive: true);
        Directory.Move(olderCopy, ChainDatabase.ChainDirectory(dataDir));

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("node", "--data-dir", dataDir, "--set", "Rpc:Port=0");

        Assert.Equal(NodeCommand.ConfigurationError, exitCode);
        Assert.DoesNotContain("L2 RPC", stdout, StringComparison.Ordinal);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: the chain store in", line, StringComparison.Ordinal);
        Assert.Contains("is at block 2 but this node had published block 4", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_DirectoryInUseByAnotherNode_RefusesWithOneLine()
    {
        ProduceBlocks(1, flush: false);
        using var running = ChainDatabase.Open(dataDir, genesisPath: null);

        var (exitCode, _, stderr) = await ProvernetProcess.RunAsync("node", "--data-dir", dataDir, "--set", "Rpc:Port=0");

        Assert.Equal(NodeCommand.ConfigurationError, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is in use by another process", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CURRENT")]
    [InlineData("MANIFEST-*")]
    [InlineData("*.log")]
    public async Task Node_StoreFileDamaged_RefusesWithOneLineAndNoStackTrace(string pattern)
    {
        ProduceBlocks(2, flush: false);
        var file = Directory.GetFiles(ChainDatabase.ChainDirectory(dataDir), pattern).OrderByDescending(path => new FileInfo(path).Length).First();
        var bytes = File.ReadAllBytes(file);
        Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, Math.Min(8, bytes.Length - (bytes.Length / 2)));
        File.WriteAllBytes(file, bytes);

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("node", "--data-dir", dataDir, "--set", "Rpc:Port=0");

        Assert.Equal(NodeCommand.ConfigurationError, exitCode);
        Assert.DoesNotContain("L2 RPC", stdout, StringComparison.Ordinal);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("damaged", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_DataDirUnwritable_RefusesWithOneLine()
    {
        // Under /proc nobody may create a directory, root included (tests may run as root, where permissions do not bind).
        var (exitCode, _, stderr) = await ProvernetProcess.RunAsync("node", "--data-dir", "/proc/provernet-data", "--genesis", NodeGenesis.DevnetPath, "--set", "Rpc:Port=0");

        Assert.Equal(NodeCommand.ConfigurationError, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cannot create", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_TableFileBytesAltered_ReportsDamageAndExits3()
    {
        ProduceBlocks(3, flush: true);
        var table = Directory.GetFiles(ChainDatabase.ChainDirectory(dataDir), "*.sst").OrderByDescending(file => new FileInfo(file).Length).First();
        using (var file = new FileStream(table, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 100;
            var original = file.ReadByte();
            file.Position = 100;
            file.WriteByte((byte)(original ^ 0xFF));
        }

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", dataDir);

        Assert.True(exitCode == ReplayCommand.Damaged, stdout + stderr);
        Assert.StartsWith("DAMAGED: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_IntactStore_ChecksAndReplays()
    {
        ProduceBlocks(3, flush: true);

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", dataDir);

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("replayed 3 blocks", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);

    private void ProduceBlocks(int count, bool flush)
    {
        using var database = ChainDatabase.Open(dataDir, NodeGenesis.DevnetPath);
        var processor = database.OpenProcessor();
        for (var block = 0; block < count; block++)
        {
            var produced = processor.Produce(new BlockAttributes(processor.Head.Header.Timestamp + 1, default, []), EmptyTransactionSource.Instance);
            database.RecordHead(produced.Block);
        }

        if (flush)
        {
            database.Store.Flush();
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
