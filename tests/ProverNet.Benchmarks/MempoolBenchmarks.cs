using System.Text;
using BenchmarkDotNet.Attributes;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;
using ProverNet.Node.Hosting;
using ProverNet.Node.Mempool;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// The mempool on its own, per transaction (OperationsPerInvoke): inserting decoded transactions (admission, the
/// committed account read, the per-sender bookkeeping under the lock — decoding and sender recovery excluded, they run
/// on the RPC threads outside the lock), and drawing a block from a full pool (Next and Resolve by effective tip).
/// </summary>
[MemoryDiagnoser]
[InProcess]
[InvocationCount(1)]
[WarmupCount(3)]
[IterationCount(15)]
public class MempoolBenchmarks : IDisposable
{
    private const ulong Gwei = 1_000_000_000;
    private readonly MemoryStore store = new();
    private CommittedChain chain = null!;
    private SignedTransaction[] transactions = [];
    private TransactionPool pool = null!;

    private const int TransactionCount = 10_000;

    /// <summary>Transactions per sender: 10,000 senders with one each, or 1,000 with ten (a chain of nonces each).</summary>
    [Params(1, 10)]
    public int NoncesPerSender { get; set; }

    /// <summary>Funds the senders at genesis and signs their transactions, tips spread so the order matters.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var devnet = GenesisFile.Load(GenesisFile.Resolve(string.Empty));
        var signers = Enumerable.Range(0, TransactionCount / NoncesPerSender)
            .Select(i => new TransactionSigner(Keccak256.Hash(Encoding.UTF8.GetBytes($"mempool-bench-{i}")).ToArray()))
            .ToArray();
        var genesis = devnet with { Allocations = [.. devnet.Allocations, .. signers.Select(signer => new Allocation(signer.Address, Amount.FromBrev(1_000)))] };
        _ = new BlockProcessor(store, genesis);
        chain = new CommittedChain(store, genesis);
        var decoder = new TransactionDecoder(genesis.ChainId);
        transactions = [.. Enumerable.Range(0, NoncesPerSender).SelectMany(nonce => signers.Select((signer, i) =>
        {
            var tip = (ulong)(1 + ((i * 7) % 50)) * Gwei;
            var raw = signer.SignDynamicFee(genesis.ChainId, (ulong)nonce, tip, 100 * Gwei, 21_000, Address.Zero, 1, []);
            return decoder.TryDecode(raw, out var transaction, out var error) ? transaction : throw new InvalidOperationException(error.ToString());
        }))];
    }

    /// <summary>An empty pool.</summary>
    [IterationSetup(Target = nameof(Submit))]
    public void EmptyPool() => pool = new TransactionPool(chain, new MempoolOptions());

    /// <summary>A pool holding every transaction.</summary>
    [IterationSetup(Target = nameof(DrawBlock))]
    public void FullPool()
    {
        EmptyPool();
        Submit();
    }

    /// <summary>Inserts every transaction (per transaction).</summary>
    [Benchmark(OperationsPerInvoke = TransactionCount)]
    public int Submit()
    {
        var accepted = 0;
        foreach (var transaction in transactions)
        {
            accepted += pool.Submit(transaction).Accepted ? 1 : 0;
        }

        return accepted == transactions.Length ? accepted : throw new InvalidOperationException($"{transactions.Length - accepted} refused");
    }

    /// <summary>Draws every transaction into one block, highest tip first (per transaction).</summary>
    [Benchmark(OperationsPerInvoke = TransactionCount)]
    public int DrawBlock()
    {
        var drawn = 0;
        while (pool.Next() is { } candidate)
        {
            pool.Resolve(candidate, PickResult.Added);
            drawn++;
        }

        return drawn;
    }

    /// <summary>Closes the store.</summary>
    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }
}
