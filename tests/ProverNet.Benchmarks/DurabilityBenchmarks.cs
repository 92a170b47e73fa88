using BenchmarkDotNet.Attributes;
using ProverNet.Core;
using ProverNet.Node.Sequencing;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// What <c>Storage:Durability=Fsync</c> costs per block: one RocksDB batch — a single entry, which isolates the WAL
/// fsync, and ≈ 3,800 entries of ≈ 100 bytes, what a 1,000-transaction block writes — committed with and without a WAL
/// fsync, and the head marker written with and without flushing it to disk. The difference of each pair is the price of
/// durability per block on this disk.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class DurabilityBenchmarks : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("provernet-durability-bench-").FullName;
    private readonly byte[] value = new byte[100];
    private RocksDbStore? store;
    private HeadMarker? marker;
    private ulong block;

    /// <summary>Flush each write to disk (<c>Fsync</c>) or leave it to the OS (<c>None</c>).</summary>
    [Params(true, false)]
    public bool Sync { get; set; }

    /// <summary>Entries in the batch.</summary>
    [Params(1, 3_800)]
    public int Entries { get; set; }

    /// <summary>Opens a store and a marker in a fresh directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        store = RocksDbStore.Open(Path.Combine(directory, $"chain-{Sync}-{Entries}"), RocksDbStoreOptions.Default with { SyncWrites = Sync });
        marker = new HeadMarker(directory, Sync);
    }

    /// <summary>The batch, committed.</summary>
    [Benchmark]
    public void CommitBatch()
    {
        block++;
        Span<byte> key = stackalloc byte[16];
        using var batch = store!.StartBatch();
        for (var entry = 0; entry < Entries; entry++)
        {
            BitConverter.TryWriteBytes(key, block);
            BitConverter.TryWriteBytes(key[8..], entry);
            batch.Put(ColumnFamily.State, key, value);
        }

        batch.Commit();
    }

    /// <summary>The head marker after a block.</summary>
    [Benchmark]
    public void WriteHeadMarker() => marker!.Write(++block, Hash256.Zero);

    /// <summary>Closes the store and deletes the directory (BenchmarkDotNet's cleanup; <see cref="IDisposable"/> for the analyzers).</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        store?.Dispose();
        Directory.Delete(directory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
