using System.Diagnostics;

namespace ProverNet.Storage.Tests;

/// <summary>
/// A store whose files were damaged must refuse to open (or, for bytes altered inside a table file, fail the checksum
/// check) rather than open at an earlier point and let the node write over heights it had already served.
/// </summary>
public sealed class RocksDbStoreDamageTests
{
    [Fact]
    public void Open_LogWithEightBytesOverwrittenInTheMiddle_RefusesAsDamaged()
    {
        using var directory = new TemporaryDirectory();
        var log = WriteUntilKilled(directory.Path);
        using (var file = new FileStream(log, FileMode.Open, FileAccess.Write))
        {
            file.Position = file.Length / 2;
            file.Write("DAMAGED!"u8);
        }

        var error = Assert.Throws<StoreDamagedException>(() => RocksDbStore.Open(directory.Path).Dispose());
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LogCutInHalf_RefusesAsDamaged()
    {
        using var directory = new TemporaryDirectory();
        var log = WriteUntilKilled(directory.Path);
        using (var file = new FileStream(log, FileMode.Open, FileAccess.Write))
        {
            // Half-way into a physical record: a cut exactly at a record boundary looks like a shorter log, which is
            // what the node's head marker is there for.
            file.SetLength((file.Length / 2) + 7);
        }

        Assert.Throws<StoreDamagedException>(() => RocksDbStore.Open(directory.Path).Dispose());
    }

    [Fact]
    public void Open_LogIntactAfterAKill_OpensWithEveryBatch()
    {
        using var directory = new TemporaryDirectory();
        WriteUntilKilled(directory.Path);

        using var store = RocksDbStore.Open(directory.Path);

        Assert.NotNull(store.Get(ColumnFamily.Metadata, CrashLayout.MarkerKey));
    }

    [Fact]
    public void Open_TableFileTruncated_RefusesAsDamaged()
    {
        using var directory = new TemporaryDirectory();
        var table = WriteTableFile(directory.Path);
        using (var file = new FileStream(table, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(file.Length / 2);
        }

        Assert.Throws<StoreDamagedException>(() => RocksDbStore.Open(directory.Path).Dispose());
    }

    [Fact]
    public void Open_TableFileDeleted_RefusesAsDamaged()
    {
        using var directory = new TemporaryDirectory();
        File.Delete(WriteTableFile(directory.Path));

        Assert.Throws<StoreDamagedException>(() => RocksDbStore.Open(directory.Path).Dispose());
    }

    [Fact]
    public void VerifyChecksums_TableFileBytesAltered_ReportsDamage()
    {
        using var directory = new TemporaryDirectory();
        var table = WriteTableFile(directory.Path);
        using (var file = new FileStream(table, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 100; // inside the first data block, past nothing RocksDB checks at open
            var original = file.ReadByte();
            file.Position = 100;
            file.WriteByte((byte)(original ^ 0xFF));
        }

        using var store = RocksDbStore.Open(directory.Path);

        var error = Assert.Throws<StoreDamagedException>(store.VerifyChecksums);
        Assert.Contains(directory.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyChecksums_IntactStore_Passes()
    {
        using var directory = new TemporaryDirectory();
        WriteTableFile(directory.Path);
        using var store = RocksDbStore.Open(directory.Path);

        store.VerifyChecksums();
    }

    [Fact]
    public void Open_DirectoryInUseByAnotherStore_SaysSo()
    {
        using var directory = new TemporaryDirectory();
        using var first = RocksDbStore.Open(directory.Path);

        var error = Assert.Throws<IOException>(() => RocksDbStore.Open(directory.Path).Dispose());
        Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_PathIsAFile_SaysSo()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "not-a-directory");
        File.WriteAllText(path, "x");

        var error = Assert.Throws<IOException>(() => RocksDbStore.Open(path).Dispose());
        Assert.Contains("is a file, not a directory", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs the crash writer until it has written a while, kills it, and returns its (unflushed) log file.</summary>
    private static string WriteUntilKilled(string directory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ProverNet.Storage.CrashWriter.dll"));
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add("64");
        using (var writer = Process.Start(start)!)
        {
            Assert.Equal("writing", writer.StandardOutput.ReadLine());
            Thread.Sleep(300);
            writer.Kill(entireProcessTree: true);
            writer.WaitForExit();
        }

        return Directory.GetFiles(directory, "*.log").OrderByDescending(file => new FileInfo(file).Length).First();
    }

    /// <summary>Writes keys, flushes them to a table file and closes the store; returns the largest table file.</summary>
    private static string WriteTableFile(string directory)
    {
        using (var store = RocksDbStore.Open(directory))
        {
            using (var batch = store.StartBatch())
            {
                for (var index = 0; index < 5_000; index++)
                {
                    batch.Put(ColumnFamily.State, BitConverter.GetBytes(index), new byte[32]);
                }

                batch.Commit();
            }

            store.Flush();
        }

        return Directory.GetFiles(directory, "*.sst").OrderByDescending(file => new FileInfo(file).Length).First();
    }
}
