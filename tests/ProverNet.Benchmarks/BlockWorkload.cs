using ProverNet.Chain;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// A chain whose block 1 holds <c>size</c> signed Market transactions — half bids from distinct requesters, half offers
/// from distinct staked provers, prices spread so most of them cross — produced once so that a benchmark can import
/// (recover, execute, clear, commit) exactly that block again and again.
/// </summary>
public sealed class BlockWorkload
{
    private const uint ClassId = 2;
    private static readonly UInt128 Price = 10_000_000_000_000_000;

    private BlockWorkload(ChainGenesis genesis, Block block)
    {
        Genesis = genesis;
        Block = block;
    }

    /// <summary>The benchmark chain's genesis: the devnet's with the workload's accounts funded and staked.</summary>
    public ChainGenesis Genesis { get; }

    /// <summary>Block 1, holding the workload.</summary>
    public Block Block { get; }

    /// <summary>Builds the genesis, signs the transactions and produces block 1 from them.</summary>
    public static BlockWorkload Create(ChainGenesis devnet, int size)
    {
        ArgumentNullException.ThrowIfNull(devnet);
        var requesters = BenchAccounts.Signers("requester", size / 2);
        var provers = BenchAccounts.Signers("prover", size - (size / 2));
        var genesis = devnet with
        {
            Rollup = devnet.Rollup with { BlockGasLimit = 100_000UL * (ulong)size * 2 },
            Allocations = [.. devnet.Allocations, .. requesters.Concat(provers).Select(signer => new Allocation(signer.Address, Amount.FromBrev(1_000_000)))],
            Provers = [.. devnet.Provers, .. provers.Select(signer => new GenesisProver(signer.Address, Amount.FromBrev(200_000), 1_000))],
        };

        var source = new QueueTransactionSource();
        for (var i = 0; i < Math.Max(requesters.Length, provers.Length); i++)
        {
            var spread = Price * (UInt128)(80 + (i * 37 % 41)) / 100;
            if (i < requesters.Length)
            {
                var bid = new SubmitBidCall(false, ClassId, (uint)(1 + (i % 16)), spread, 0, 0, Hash256.Zero, Keccak256.Hash(BitConverter.GetBytes(i)), "ipfs://bench");
                source.Enqueue(Sign(genesis, requesters[i], bid));
            }

            if (i < provers.Length)
            {
                source.Enqueue(Sign(genesis, provers[i], new SubmitOfferCall(ClassId, spread * 7 / 10, 0)));
            }
        }

        using var store = new MemoryStore();
        var producer = new BlockProcessor(store, genesis);
        var produced = producer.Produce(new BlockAttributes(genesis.Timestamp + 1, default, []), source);
        if (produced.Block.Body.UserTransactions.Count != size || produced.Receipts.Any(receipt => receipt.Status != Chain.Receipts.ReceiptStatus.Success))
        {
            throw new InvalidOperationException($"the workload block holds {produced.Block.Body.UserTransactions.Count} of {size} transactions or a failed one");
        }

        return new BlockWorkload(genesis, produced.Block);
    }

    private static SignedTransaction Sign(ChainGenesis genesis, TransactionSigner signer, MarketCall call)
    {
        var raw = signer.SignDynamicFee(genesis.ChainId, 0, 1, 100_000_000_000, 200_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
        return new TransactionDecoder(genesis.ChainId).TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new InvalidOperationException(error.ToString());
    }
}
