using BenchmarkDotNet.Attributes;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core.Transactions;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// Importing a block of bids and offers on top of genesis: the whole path (sender recovery on both cores, admission,
/// execution, the TODA round, the state root, one RocksDB batch), and its parts for where the time goes — recovery alone,
/// and the same import over an in-memory store (no RocksDB).
/// </summary>
[MemoryDiagnoser]
public class BlockExecutionBenchmarks : IDisposable
{
    private BlockWorkload workload = null!;
    private string directory = string.Empty;
    private IKeyValueStore store = null!;
    private BlockProcessor processor = null!;

    /// <summary>Transactions in the block.</summary>
    [Params(1_000, 10_000)]
    public int BlockSize { get; set; }

    /// <summary>Signs the workload and produces its block once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var devnet = GenesisLoader.Parse(File.ReadAllText(RepositoryFiles.DevnetGenesis()));
        workload = BlockWorkload.Create(devnet, BlockSize);
    }

    /// <summary>A fresh chain at genesis for each import.</summary>
    [IterationSetup(Targets = [nameof(ImportIntoRocksDb)])]
    public void OpenRocksDb()
    {
        directory = Directory.CreateTempSubdirectory("provernet-bench-").FullName;
        store = RocksDbStore.Open(directory);
        processor = new BlockProcessor(store, workload.Genesis);
    }

    /// <summary>A fresh in-memory chain at genesis for each import.</summary>
    [IterationSetup(Targets = [nameof(ImportIntoMemory)])]
    public void OpenMemory()
    {
        store = new MemoryStore();
        processor = new BlockProcessor(store, workload.Genesis);
    }

    /// <summary>Removes the iteration's chain.</summary>
    [IterationCleanup(Targets = [nameof(ImportIntoRocksDb), nameof(ImportIntoMemory)])]
    public void Close()
    {
        store.Dispose();
        if (directory.Length > 0)
        {
            Directory.Delete(directory, recursive: true);
            directory = string.Empty;
        }
    }

    /// <summary>The whole path, committed to RocksDB.</summary>
    [Benchmark(Baseline = true)]
    public ProcessedBlock ImportIntoRocksDb() => processor.Import(workload.Block);

    /// <summary>The whole path over the in-memory store: the difference is RocksDB's share.</summary>
    [Benchmark]
    public ProcessedBlock ImportIntoMemory() => processor.Import(workload.Block);

    /// <summary>Sender recovery of every transaction of the block on both cores, as the import does it.</summary>
    [Benchmark]
    public int RecoverSenders()
    {
        var decoder = new TransactionDecoder(workload.Genesis.ChainId);
        var raw = workload.Block.Body.UserTransactions;
        var recovered = 0;
        Parallel.For(0, raw.Count, i =>
        {
            if (decoder.TryDecode(raw[i].Span, out _, out _))
            {
                Interlocked.Increment(ref recovered);
            }
        });
        return recovered;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the iteration's store.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            store?.Dispose();
        }
    }
}
