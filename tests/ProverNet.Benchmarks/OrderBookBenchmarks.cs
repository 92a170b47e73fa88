using BenchmarkDotNet.Attributes;
using ProverNet.Chain;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Storage;

namespace ProverNet.Benchmarks;

/// <summary>
/// Blocks on top of a chain holding <see cref="RestingOrders"/> open spam orders that never trade (issue 12): half
/// 1-wei bids from 1,000 requesters, half asks of 2^90 wei from 100 provers, all in class 2. <c>EmptyBlock</c>: a block
/// with no transactions, whose round has nothing to trade. <c>RoundWithNewOrders</c>: a block of 5 bids and 5 offers of
/// distinct accounts of which 4 pairs cross, so its round matches 4 (the fifth pair sets McAfee's price). Block time
/// stands still, so nothing expires. <c>RebuildOpenBooks</c>: the books a restarted node builds from the state. The resting book is written straight into the state once (through the Market
/// itself, no transactions) and committed. The chain is in RocksDB, as the node keeps it (the in-memory store walks every
/// key below a prefix to scan it, which would add a cost of the store, not of the round), without fsync so the figure
/// is the block's work, not the disk's.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[InvocationCount(1)]
[WarmupCount(3)]
[IterationCount(15)]
[GcConcurrent(false)] // as the node runs
public class OrderBookBenchmarks : IDisposable
{
    private const uint ClassId = 2;
    private const int RestingRequesters = 1_000;
    private const int RestingProvers = 100;
    private const int NewPairs = 5;
    private const int Crossing = 4;
    private static readonly UInt128 ReferencePrice = 10_000_000_000_000_000;
    private static readonly UInt128 FarAsk = UInt128.One << 90;

    private string directory = string.Empty;
    private RocksDbStore store = null!;
    private ChainGenesis genesis = null!;
    private BlockProcessor processor = null!;
    private TransactionSigner[] requesters = [];
    private TransactionSigner[] provers = [];
    private QueueTransactionSource newOrders = null!;
    private ulong nonce;

    /// <summary>Open spam orders resting in the book, half bids, half offers.</summary>
    [Params(20_000, 1_000_000)]
    public int RestingOrders { get; set; }

    /// <summary>Builds the chain and its resting book.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var devnet = GenesisLoader.Parse(File.ReadAllText(RepositoryFiles.DevnetGenesis()));
        requesters = BenchAccounts.Signers("requester", NewPairs);
        provers = BenchAccounts.Signers("prover", NewPairs);
        genesis = devnet with
        {
            Allocations = [.. devnet.Allocations, .. requesters.Concat(provers).Select(signer => new Allocation(signer.Address, Amount.FromBrev(1_000_000)))],
            Provers = [.. devnet.Provers, .. provers.Select(signer => new GenesisProver(signer.Address, Amount.FromBrev(10_000_000), 1_000))],
        };
        directory = Directory.CreateTempSubdirectory("provernet-bench-").FullName;
        store = RocksDbStore.Open(directory, RocksDbStoreOptions.Default with { SyncWrites = false });
        processor = new BlockProcessor(store, genesis);
        WriteRestingBook();
    }

    /// <summary>Removes the chain.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        store?.Dispose();
        if (directory.Length > 0)
        {
            Directory.Delete(directory, recursive: true);
            directory = string.Empty;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Signs the next block's new orders.</summary>
    [IterationSetup(Target = nameof(RoundWithNewOrders))]
    public void SignNewOrders()
    {
        newOrders = new QueueTransactionSource();
        for (var i = 0; i < NewPairs; i++)
        {
            var crossing = i < Crossing;
            newOrders.Enqueue(Sign(requesters[i], new SubmitBidCall(false, ClassId, 1, crossing ? ReferencePrice * 2 : ReferencePrice / 4, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://bench")));
            newOrders.Enqueue(Sign(provers[i], new SubmitOfferCall(ClassId, crossing ? ReferencePrice / 2 : ReferencePrice, 0)));
        }

        nonce++;
    }

    /// <summary>A block with no transactions: its round has nothing to trade.</summary>
    [Benchmark(Baseline = true)]
    public ProcessedBlock EmptyBlock() => processor.Produce(NextAttributes(), EmptyTransactionSource.Instance);

    /// <summary>A block of 10 new orders whose round matches 4 pairs, with the resting book still open.</summary>
    [Benchmark]
    public ProcessedBlock RoundWithNewOrders()
    {
        var block = processor.Produce(NextAttributes(), newOrders);
        return block.Clearing?.Matches.Length == Crossing
            ? block
            : throw new InvalidOperationException($"the round matched {block.Clearing?.Matches.Length} bids, not {Crossing}");
    }

    /// <summary>What a start costs: the open books built from the committed state.</summary>
    [Benchmark]
    public int RebuildOpenBooks()
    {
        var parameters = ParametersStore.Read(processor.State);
        return OpenBooks.Of(new WorldState(store), [.. parameters.Pipelines]).Count;
    }

    private BlockAttributes NextAttributes() => new(genesis.Timestamp + 1, default, []);

    private void WriteRestingBook()
    {
        var state = processor.State;
        var parameters = ParametersStore.Read(state);
        var environment = new MarketEnvironment(processor.Head.Number + 1, genesis.Timestamp + 1, parameters, genesis.Rollup.Treasury, genesis.Timestamp + 1);
        var market = new MarketModule(state, new MessageOutbox(state), environment);
        var spamBid = new SubmitBidCall(false, ClassId, 1, 1, 0, 0, Hash256.Zero, Hash256.Zero, string.Empty);
        var spamOffer = new SubmitOfferCall(ClassId, FarAsk, 0);
        var logs = new List<Chain.Receipts.LogEntry>();
        var spamRequesters = SpamAccounts(RestingRequesters, 0);
        var spamProvers = SpamAccounts(RestingProvers, RestingRequesters);
        var bids = RestingOrders / 2;
        foreach (var account in spamRequesters)
        {
            state.Credit(account, new Amount((UInt128)(bids / RestingRequesters)));
        }

        var stake = Amount.FromBrev(1_000_000_000_000);
        foreach (var prover in spamProvers)
        {
            state.SetProver(prover, new ProverRecord(stake, Amount.Zero, ProverStatus.Active, stake));
        }

        for (var i = 0; i < bids; i++)
        {
            market.SubmitBid(spamRequesters[i % RestingRequesters], spamBid, logs);
            market.SubmitOffer(spamProvers[i % RestingProvers], spamOffer, logs);
            logs.Clear();
        }

        using var batch = store.StartBatch();
        state.Commit(batch);
        batch.Commit();
        state.Release();
    }

    private static Address[] SpamAccounts(int count, int first) =>
        [.. Enumerable.Range(first, count).Select(i => new Address(Keccak256.Hash(BitConverter.GetBytes(i)).ToArray().AsSpan(0, 20)))];

    private SignedTransaction Sign(TransactionSigner signer, MarketCall call)
    {
        var raw = signer.SignDynamicFee(genesis.ChainId, nonce, 1, 100_000_000_000, 200_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
        return new TransactionDecoder(genesis.ChainId).TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new InvalidOperationException(error.ToString());
    }
}
