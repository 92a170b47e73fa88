using BenchmarkDotNet.Attributes;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core.Transactions;
using ProverNet.Derivation.Batches;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// Importing blocks of bids and offers on top of genesis: the whole path (sender recovery on both cores, admission,
/// execution, the TODA round, the state root, one RocksDB batch per block) for one block, and for a chain of
/// <see cref="ChainTransactions"/> transactions in blocks of <see cref="BlockSize"/> (what a follower or a replay
/// sustains: each block's senders recovered while the previous block commits); and parts for where the time goes —
/// recovery alone, and the chain over an in-memory store (no RocksDB).
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as the node runs (node/ProverNet.Node/ProverNet.Node.csproj)
public class BlockExecutionBenchmarks : IDisposable
{
    private BlockWorkload workload = null!;
    private byte[][] batches = [];
    private string directory = string.Empty;
    private IKeyValueStore store = null!;
    private BlockProcessor processor = null!;

    /// <summary>Transactions in all the chain's blocks: tx/s = this ÷ the chain benchmarks' time.</summary>
    public const int ChainTransactions = 30_000;

    /// <summary>Undo records kept by the undo variant: the node's default <c>Storage:RewindDepthBlocks</c>.</summary>
    public const ulong UndoDepth = 1_800;

    /// <summary>Transactions per block.</summary>
    [Params(1_000, 10_000)]
    public int BlockSize { get; set; }

    /// <summary>Signs the workload and produces its blocks once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var devnet = GenesisLoader.Parse(File.ReadAllText(RepositoryFiles.DevnetGenesis()));
        workload = BlockWorkload.Create(devnet, BlockSize, ChainTransactions / BlockSize);
        batches = [.. workload.Blocks.Select(block => BatchEncoder.Encode(Batch.Of([block])))];
    }

    /// <summary>A fresh chain at genesis for each import.</summary>
    [IterationSetup(Targets = [nameof(ImportBlockIntoRocksDb), nameof(ImportChainIntoRocksDb), nameof(DeriveChainFromBatchesIntoRocksDb)])]
    public void OpenRocksDb() => OpenRocksDb(rewindDepth: 0);

    /// <summary>A fresh chain at genesis for each import, keeping undo records as a node following L1 does.</summary>
    [IterationSetup(Targets = [nameof(ImportBlockIntoRocksDbKeepingUndo)])]
    public void OpenRocksDbKeepingUndo() => OpenRocksDb(UndoDepth);

    /// <summary>A fresh in-memory chain at genesis for each import.</summary>
    [IterationSetup(Targets = [nameof(ImportChainIntoMemory)])]
    public void OpenMemory()
    {
        store = new MemoryStore();
        processor = new BlockProcessor(store, workload.Genesis);
    }

    private void OpenRocksDb(ulong rewindDepth)
    {
        directory = Directory.CreateTempSubdirectory("provernet-bench-").FullName;
        store = RocksDbStore.Open(directory);
        processor = new BlockProcessor(store, workload.Genesis, rewindDepth);
    }

    /// <summary>Removes the iteration's chain.</summary>
    [IterationCleanup(Targets = [nameof(ImportBlockIntoRocksDb), nameof(ImportBlockIntoRocksDbKeepingUndo), nameof(ImportChainIntoRocksDb), nameof(DeriveChainFromBatchesIntoRocksDb), nameof(ImportChainIntoMemory)])]
    public void Close()
    {
        store.Dispose();
        if (directory.Length > 0)
        {
            Directory.Delete(directory, recursive: true);
            directory = string.Empty;
        }
    }

    /// <summary>One block, the whole path, committed to RocksDB: a block's latency.</summary>
    [Benchmark(Baseline = true)]
    public ProcessedBlock ImportBlockIntoRocksDb() => processor.Import(workload.Block);

    /// <summary>The same with the block's undo record written, as on a node following L1 (what reorg recovery costs a block).</summary>
    [Benchmark]
    public ProcessedBlock ImportBlockIntoRocksDbKeepingUndo() => processor.Import(workload.Block);

    /// <summary>The chain, the whole path, committed to RocksDB block by block: throughput.</summary>
    [Benchmark]
    public int ImportChainIntoRocksDb() => processor.ImportAll(workload.Blocks);

    /// <summary>
    /// The chain rebuilt from version-1 batches (one a block): each batch decoded and its block derived from its
    /// transactions, as a validator rebuilding from L1 does (the attributes taken from the stored headers here, where a
    /// validator has them from L1).
    /// </summary>
    [Benchmark]
    public int DeriveChainFromBatchesIntoRocksDb()
    {
        for (var i = 0; i < batches.Length; i++)
        {
            var header = workload.Blocks[i].Header;
            var block = BatchDecoder.Decode(batches[i], BatchLimits.Default).Blocks[0];
            processor.Derive(
                new BlockAttributes(block.Timestamp, header.L1Origin, workload.Blocks[i].Body.OpeningSystemTransactions),
                [.. block.Transactions.Select(transaction => (ReadOnlyMemory<byte>)transaction)]);
        }

        return batches.Length;
    }

    /// <summary>The chain over the in-memory store: the difference is RocksDB's share.</summary>
    [Benchmark]
    public int ImportChainIntoMemory() => processor.ImportAll(workload.Blocks);

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
