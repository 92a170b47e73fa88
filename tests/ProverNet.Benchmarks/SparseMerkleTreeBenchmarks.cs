using System.Text;
using BenchmarkDotNet.Attributes;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// Committing 10,000 updates (new value hashes for existing keys, spread over the key space) to the sparse Merkle tree
/// on a RocksDB store, including the RocksDB batch commit. Figures are per update (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[MedianColumn]
public class SparseMerkleTreeBenchmarks : IDisposable
{
    private const int UpdatesPerCommit = 10_000;

    private string directory = "";
    private RocksDbStore? store;
    private SparseMerkleTree? tree;
    private byte[][] keys = [];
    private Hash256[] values = [];
    private int round;

    /// <summary>Keys already in the tree.</summary>
    [Params(10_000, 100_000)]
    public int ExistingKeys { get; set; }

    /// <summary>Fills a fresh database with <see cref="ExistingKeys"/> keys.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("provernet-smt-bench-").FullName;
        store = RocksDbStore.Open(directory);
        tree = new SparseMerkleTree(store);
        keys = Enumerable.Range(0, ExistingKeys).Select(i => Encoding.ASCII.GetBytes($"account/{i}")).ToArray();
        values = Enumerable.Range(0, 64).Select(i => Keccak256.Hash(BitConverter.GetBytes(i))).ToArray();
        foreach (var chunk in keys.Chunk(UpdatesPerCommit))
        {
            foreach (var key in chunk)
            {
                tree.Set(key, values[0]);
            }

            CommitToStore();
        }
    }

    /// <summary>10,000 updates to keys spread over the existing ones, committed with their nodes in one batch.</summary>
    [Benchmark(OperationsPerInvoke = UpdatesPerCommit)]
    public Hash256 Commit10000Updates()
    {
        round++;
        var stride = ExistingKeys / UpdatesPerCommit;
        for (var i = 0; i < UpdatesPerCommit; i++)
        {
            tree!.Set(keys[((i * stride) + round) % ExistingKeys], values[(i + round) % values.Length]);
        }

        return CommitToStore();
    }

    /// <summary>Deletes the database.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        store?.Dispose();
        store = null;
        if (directory.Length > 0 && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private Hash256 CommitToStore()
    {
        using var batch = store!.StartBatch();
        var root = tree!.Commit(batch);
        batch.Commit();
        tree.ReleaseWrittenNodes();
        return root;
    }
}
