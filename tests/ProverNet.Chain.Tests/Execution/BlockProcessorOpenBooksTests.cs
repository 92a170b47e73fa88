using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.Execution;

/// <summary>
/// The Market's open books live in memory next to the state: a block the processor throws away, or a restart, must
/// leave them exactly as the committed state says, or the next rounds would clear other orders than the producer's.
/// </summary>
public sealed class BlockProcessorOpenBooksTests
{
    private const uint ClassId = 2;
    private const ulong ReferencePrice = 10_000_000_000_000_000;

    [Fact]
    public void Import_RejectedBlocksAndRestartsBetweenRounds_SameChainAsTheProducer()
    {
        var random = new Random(12);
        var producer = new BlockProcessor(new MemoryStore(), DevnetGenesis.Value);
        var store = new MemoryStore();
        var follower = new BlockProcessor(store, DevnetGenesis.Value);
        var nonces = new ulong[10];
        var (rejected, restarts) = (0, 0);
        for (ulong number = 1; number <= 60; number++)
        {
            var source = new QueueTransactionSource();
            for (var i = random.Next(0, 10); i > 0; i--)
            {
                var from = random.Next(1, 10);
                var price = ReferencePrice / 2 * (ulong)random.Next(1, 4);
                var expiry = random.Next(3) == 0 ? (number * 10) + (ulong)random.Next(0, 40) : 0;
                MarketCall call = from <= 3
                    ? new SubmitOfferCall(ClassId, price, expiry)
                    : new SubmitBidCall(false, ClassId, (uint)random.Next(1, 5), price, 0, expiry, Hash256.Zero, Hash256.Zero, "ipfs://x");
                source.Enqueue(ChainTransactions.Sign(from, nonces[from]++, SystemAddresses.Market, 0, MarketCalldataEncoder.Encode(call)));
            }

            var block = producer.Produce(new BlockAttributes(number * 10, default, []), source).Block;
            if (random.Next(3) == 0)
            {
                // Executed to the end, round included, then refused: the follower throws the whole block away.
                var forged = new Block(block.Header with { ClearingSummaryHash = Keccak256.Hash([1]) }, block.Body);
                Assert.Throws<InvalidBlockException>(() => follower.Import(forged));
                rejected++;
            }

            if (random.Next(4) == 0)
            {
                follower = new BlockProcessor(store, DevnetGenesis.Value);
                restarts++;
            }

            follower.Import(block);
        }

        Assert.Equal(producer.Head, follower.Head);
        Assert.True(rejected > 10 && restarts > 10, $"{rejected} rejected, {restarts} restarts");
        Assert.True(CountMatches(producer) > 20, $"{CountMatches(producer)} matches");
    }

    private static int CountMatches(BlockProcessor processor)
    {
        var ledger = new MarketLedger(processor.State);
        var jobs = ledger.Counters.NextJobId - 1;
        return (int)jobs;
    }
}
