using System.Text;
using BenchmarkDotNet.Attributes;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// A block's state-root update: a tree of N keys committed in RocksDB, then a block that gives 20,000 random existing keys
/// new value hashes (≈ 10,000 bid/offer transactions × 2 entries), commits the tree into a batch and writes the batch.
/// Figures are per changed key (OperationsPerInvoke); × 20,000 is the cost per block. The databases are built once in
/// the temp directory (<c>provernet-smt-pages-bench-N</c>, reused while their marker file exists: the 1M-key one takes a
/// while) and keep the values of the last run, which does not change the shape of the work.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SparseMerkleTreeBenchmarks : IDisposable
{
    private const int ChangesPerBlock = 20_000;
    private const int SetupChunk = 50_000;
    private readonly Random random = new(42);
    private RocksDbStore? store;
    private SparseMerkleTree? tree;
    private byte[][] keys = [];
    private Hash256[] values = [];
    private int round;

    /// <summary>Keys already in the tree.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int ExistingKeys { get; set; }

    /// <summary>Opens (building it first if needed) the database holding <see cref="ExistingKeys"/> keys.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"provernet-smt-pages-bench-{ExistingKeys}");
        var marker = Path.Combine(directory, "complete");
        keys = Enumerable.Range(0, ExistingKeys).Select(i => Encoding.ASCII.GetBytes($"account/{i}")).ToArray();
        values = Enumerable.Range(0, 64).Select(i => Keccak256.Hash(BitConverter.GetBytes(i))).ToArray();
        if (!File.Exists(marker) && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        store = RocksDbStore.Open(directory);
        tree = new SparseMerkleTree(store);
        if (!File.Exists(marker))
        {
            foreach (var chunk in keys.Chunk(SetupChunk))
            {
                foreach (var key in chunk)
                {
                    tree.Set(key, values[0]);
                }

                CommitToStore();
            }

            File.WriteAllText(marker, tree.Root.ToString());
        }
    }

    /// <summary>One block: 20,000 random existing keys changed, the tree committed and its batch written.</summary>
    [Benchmark(OperationsPerInvoke = ChangesPerBlock)]
    public Hash256 CommitBlockOf20000Changes()
    {
        round++;
        for (var i = 0; i < ChangesPerBlock; i++)
        {
            tree!.Set(keys[random.Next(keys.Length)], values[(i + round) % values.Length]);
        }

        return CommitToStore();
    }

    /// <summary>Closes the database (kept on disk for the next run).</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        store?.Dispose();
        store = null;
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
