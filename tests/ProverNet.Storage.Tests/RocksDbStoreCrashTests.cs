using System.Buffers.Binary;
using System.Diagnostics;

namespace ProverNet.Storage.Tests;

/// <summary>
/// Kills a writer process (SIGKILL) at random moments and checks that every batch it wrote is all-or-nothing and that
/// the database reopens cleanly each time. The writer is tests/ProverNet.Storage.CrashWriter, copied beside this assembly.
/// </summary>
public sealed class RocksDbStoreCrashTests
{
    private const int KeysPerBatch = 64;
    private const int Rounds = 4;

    [Fact]
    public void Commit_WriterKilledRepeatedly_EveryBatchAllOrNothing()
    {
        using var directory = new TemporaryDirectory();
        var random = new Random(5);
        var lastMarker = -1L;

        for (var round = 0; round < Rounds; round++)
        {
            using (var writer = StartWriter(directory.Path))
            {
                // Wait until it has committed a batch, then let it run a random while so the kill lands mid-stream.
                Assert.Equal("writing", writer.StandardOutput.ReadLine());
                Thread.Sleep(random.Next(5, 150));
                writer.Kill(entireProcessTree: true);
                writer.WaitForExit();
            }

            using var store = RocksDbStore.Open(directory.Path);
            var marker = AssertAllOrNothing(store);
            Assert.True(marker > lastMarker, $"round {round}: no progress past batch {lastMarker}");
            lastMarker = marker;
        }
    }

    private static Process StartWriter(string directory)
    {
        var helper = Path.Combine(AppContext.BaseDirectory, "ProverNet.Storage.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(helper);
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(KeysPerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the crash writer");
    }

    /// <summary>Every batch up to the marker is complete, none after it exists; returns the marker.</summary>
    private static long AssertAllOrNothing(RocksDbStore store)
    {
        var markerBytes = store.Get(ColumnFamily.Metadata, CrashLayout.MarkerKey);
        Assert.NotNull(markerBytes);
        var marker = BinaryPrimitives.ReadInt64BigEndian(markerBytes);

        var counts = new SortedDictionary<long, int>();
        foreach (var entry in store.Iterate(ColumnFamily.State, [], null))
        {
            var batchNumber = BinaryPrimitives.ReadInt64BigEndian(entry.Key);
            Assert.Equal(batchNumber, BinaryPrimitives.ReadInt64BigEndian(entry.Value));
            counts[batchNumber] = counts.GetValueOrDefault(batchNumber) + 1;
        }

        Assert.Equal(marker + 1, counts.Count);
        Assert.Equal(0, counts.Keys.First());
        Assert.Equal(marker, counts.Keys.Last());
        Assert.All(counts.Values, count => Assert.Equal(KeysPerBatch, count));
        return marker;
    }
}
