using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Support;

/// <summary>A devnet chain in memory that produces one block per call, a second apart, tracking dev accounts' nonces.</summary>
public sealed class TestChain
{
    private readonly Dictionary<int, ulong> nonces = [];

    /// <summary>Starts at the devnet genesis (optionally changed), keeping undo records for the newest <paramref name="rewindDepth"/> blocks.</summary>
    public TestChain(Func<ChainGenesis, ChainGenesis>? change = null, ulong rewindDepth = 0)
    {
        Store = new MemoryStore();
        Processor = new BlockProcessor(Store, change is null ? DevnetGenesis.Value : change(DevnetGenesis.Value), rewindDepth);
    }

    /// <summary>The chain's store.</summary>
    public MemoryStore Store { get; }

    /// <summary>The processor.</summary>
    public BlockProcessor Processor { get; }

    /// <summary>Time of the next block.</summary>
    public ulong NextTimestamp { get; set; } = 1;

    /// <summary>Produces a block holding <paramref name="transactions"/> after <paramref name="opening"/>.</summary>
    public ProcessedBlock Produce(IReadOnlyList<SystemTransaction> opening, params SignedTransaction[] transactions)
    {
        var source = new QueueTransactionSource();
        foreach (var transaction in transactions)
        {
            source.Enqueue(transaction);
        }

        // Every block takes the next (made-up) L1 block as its origin, so its inputs are valid and it never drifts.
        var timestamp = NextTimestamp++;
        var parentOrigin = Processor.Head.Header.L1Origin;
        var origin = new L1Origin(parentOrigin.Number + 1, Keccak256.Hash(BitConverter.GetBytes(parentOrigin.Number + 1)), Math.Max(timestamp, parentOrigin.Timestamp));
        var produced = Processor.Produce(new BlockAttributes(timestamp, origin, opening), source);
        if (produced.Block.Body.UserTransactions.Count != transactions.Length)
        {
            throw new InvalidOperationException($"only {produced.Block.Body.UserTransactions.Count} of {transactions.Length} transactions were admitted");
        }

        return produced;
    }

    /// <summary>Produces a block of user transactions only.</summary>
    public ProcessedBlock Produce(params SignedTransaction[] transactions) => Produce([], transactions);

    /// <summary>A transaction from dev account <paramref name="from"/> with its next nonce.</summary>
    public SignedTransaction Send(int from, Address to, UInt256 value, byte[]? data = null)
    {
        var nonce = nonces.GetValueOrDefault(from);
        nonces[from] = nonce + 1;
        return ChainTransactions.Sign(from, nonce, to, value, data);
    }

    /// <summary>A Market call from dev account <paramref name="from"/>.</summary>
    public SignedTransaction Call(int from, MarketCall call) => Send(from, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(call));
}
