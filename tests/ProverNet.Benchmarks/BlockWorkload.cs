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
/// A chain whose blocks each hold <c>size</c> signed Market transactions — half bids from distinct requesters, half
/// offers from distinct staked provers (the same accounts in every block, the next nonce each time), prices spread so
/// most of them cross — produced once so that a benchmark can import (recover, execute, clear, commit) exactly those
/// blocks again and again.
/// </summary>
public sealed class BlockWorkload
{
    private const uint ClassId = 2;
    private static readonly UInt128 Price = 10_000_000_000_000_000;

    private BlockWorkload(ChainGenesis genesis, IReadOnlyList<Block> blocks)
    {
        Genesis = genesis;
        Blocks = blocks;
    }

    /// <summary>The benchmark chain's genesis: the devnet's with the workload's accounts funded and staked.</summary>
    public ChainGenesis Genesis { get; }

    /// <summary>Blocks 1, 2, … in order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Block 1.</summary>
    public Block Block => Blocks[0];

    /// <summary>The user transactions in all of <see cref="Blocks"/>.</summary>
    public int TransactionCount => Blocks.Sum(block => block.Body.UserTransactions.Count);

    /// <summary>Builds the genesis, signs the transactions and produces <paramref name="blockCount"/> blocks from them.</summary>
    public static BlockWorkload Create(ChainGenesis devnet, int size, int blockCount = 1)
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

        using var store = new MemoryStore();
        var producer = new BlockProcessor(store, genesis);
        var blocks = new List<Block>();
        for (var nonce = 0UL; nonce < (ulong)blockCount; nonce++)
        {
            var source = new QueueTransactionSource();
            for (var i = 0; i < Math.Max(requesters.Length, provers.Length); i++)
            {
                var spread = Price * (UInt128)(80 + (i * 37 % 41)) / 100;
                if (i < requesters.Length)
                {
                    var bid = new SubmitBidCall(false, ClassId, (uint)(1 + (i % 16)), spread, 0, 0, Hash256.Zero, Keccak256.Hash(BitConverter.GetBytes(i)), "ipfs://bench");
                    source.Enqueue(Sign(genesis, requesters[i], nonce, bid));
                }

                if (i < provers.Length)
                {
                    source.Enqueue(Sign(genesis, provers[i], nonce, new SubmitOfferCall(ClassId, spread * 7 / 10, 0)));
                }
            }

            var produced = producer.Produce(new BlockAttributes(genesis.Timestamp + 1 + nonce, default, []), source);
            if (produced.Block.Body.UserTransactions.Count != size || produced.Receipts.Any(receipt => receipt.Status != Chain.Receipts.ReceiptStatus.Success))
            {
                throw new InvalidOperationException($"workload block {produced.Block.Number} holds {produced.Block.Body.UserTransactions.Count} of {size} transactions or a failed one");
            }

            blocks.Add(produced.Block);
        }

        return new BlockWorkload(genesis, blocks);
    }

    private static SignedTransaction Sign(ChainGenesis genesis, TransactionSigner signer, ulong nonce, MarketCall call)
    {
        var raw = signer.SignDynamicFee(genesis.ChainId, nonce, 1, 100_000_000_000, 200_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
        return new TransactionDecoder(genesis.ChainId).TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new InvalidOperationException(error.ToString());
    }
}
