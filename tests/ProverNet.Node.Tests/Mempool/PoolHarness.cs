using System.Text;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.ChainView;
using ProverNet.Node.Mempool;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Mempool;

/// <summary>A devnet chain with funded test accounts in memory, a pool over it, and helpers to sign and produce.</summary>
internal sealed class PoolHarness : IDisposable
{
    public const ulong Gwei = 1_000_000_000;
    public const ulong TransferGas = 21_000;
    public static readonly Address Recipient = new(Keccak256.Hash("mempool-recipient"u8).ToArray().AsSpan(12));

    private readonly MemoryStore store = new();
    private ulong timestamp;

    public PoolHarness(MempoolOptions? options = null, int accounts = 8, ulong blockGasLimit = 30_000_000, Amount? balance = null)
    {
        Signers = [.. Enumerable.Range(0, accounts).Select(i => new TransactionSigner(Keccak256.Hash(Encoding.UTF8.GetBytes($"mempool-{i}")).ToArray()))];
        var devnet = NodeGenesis.Devnet;
        Genesis = devnet with
        {
            Rollup = devnet.Rollup with { BlockGasLimit = blockGasLimit },
            Allocations = [.. devnet.Allocations, .. Signers.Select(signer => new Allocation(signer.Address, balance ?? Amount.FromBrev(1_000)))],
        };
        Processor = new BlockProcessor(store, Genesis);
        Chain = new CommittedChain(store, Genesis);
        Pool = new TransactionPool(Chain, options ?? new MempoolOptions());
        timestamp = Genesis.Timestamp;
    }

    public ChainGenesis Genesis { get; }

    public TransactionSigner[] Signers { get; }

    public BlockProcessor Processor { get; }

    public CommittedChain Chain { get; }

    public TransactionPool Pool { get; }

    /// <summary>A transfer of <paramref name="value"/> wei from signer <paramref name="signer"/>; fees in gwei.</summary>
    public byte[] Transfer(int signer, ulong nonce, ulong tipGwei = 1, ulong maxFeeGwei = 10, ulong value = 1, ulong gas = TransferGas, ulong? chainId = null) =>
        Signers[signer].SignDynamicFee(chainId ?? Genesis.ChainId, nonce, tipGwei * Gwei, maxFeeGwei * Gwei, gas, Recipient, value, []);

    /// <summary>Like <see cref="Transfer"/> with fees in wei.</summary>
    public byte[] TransferWei(int signer, ulong nonce, UInt256 tip, UInt256 maxFee) =>
        Signers[signer].SignDynamicFee(Genesis.ChainId, nonce, tip, maxFee, TransferGas, Recipient, 1, []);

    public Hash256 SubmitAccepted(byte[] raw)
    {
        var result = Pool.Submit(raw);
        Assert.True(result.Accepted, result.Message);
        return result.Hash;
    }

    /// <summary>Produces the next block from the pool and reports it committed.</summary>
    public ProcessedBlock Produce() => Produce(Pool);

    /// <summary>Produces the next block from <paramref name="source"/> and reports it to the pool.</summary>
    public ProcessedBlock Produce(ITransactionSource source)
    {
        var block = Processor.Produce(new BlockAttributes(++timestamp, default, []), source);
        Pool.OnBlockCommitted(block);
        return block;
    }

    /// <summary>Draws one block's candidates, adding each, without executing them.</summary>
    public List<SignedTransaction> DrawAll()
    {
        var drawn = new List<SignedTransaction>();
        while (Pool.Next() is { } candidate)
        {
            drawn.Add(candidate);
            Pool.Resolve(candidate, PickResult.Added);
        }

        return drawn;
    }

    public void Dispose() => store.Dispose();
}
