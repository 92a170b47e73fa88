using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProverNet.Chain.Execution;
using ProverNet.Core;
using ProverNet.Node.Mempool;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Mempool;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class BlockProducerTests
{
    [Fact]
    public void ProduceNext_ClockAtSomeTime_StampsTheBlockWithItAndPublishes()
    {
        var (producer, feed, time) = Create();
        using var subscription = feed.Subscribe();
        time.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        var produced = producer.ProduceNext();

        Assert.Equal(1_800_000_000UL, produced.Block.Header.Timestamp);
        Assert.True(subscription.Blocks.TryRead(out var published));
        Assert.Same(produced, published);
    }

    [Fact]
    public void ProduceNext_ClockBehindTheHead_KeepsTheParentsTime()
    {
        var processor = new BlockProcessor(new MemoryStore(), NodeGenesis.Devnet);
        processor.Produce(new BlockAttributes(5_000, default, []), EmptyTransactionSource.Instance);
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_000));
        var producer = new BlockProducer(processor, EmptyTransactionSource.Instance, new BlockFeed(), time, NullLogger.Instance);

        Assert.Equal(5_000UL, producer.ProduceNext().Block.Header.Timestamp);
    }

    [Fact]
    public async Task RunAsync_TimeAdvances_ProducesABlockPerTickUntilCancelled()
    {
        var (producer, feed, time) = Create();
        using var subscription = feed.Subscribe();
        using var cancellation = new CancellationTokenSource();
        var running = producer.RunAsync(TimeSpan.FromSeconds(1), cancellation.Token);

        for (var tick = 0; tick < 3; tick++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            var block = await subscription.Blocks.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal((ulong)tick + 1, block.Block.Number);
        }

        await cancellation.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RunAsync_TransactionArrivesDuringTheSlot_TakenAtOnceAndSealedWhenTheSlotEnds()
    {
        using var harness = new PoolHarness();
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds((long)harness.Genesis.Timestamp + 100));
        var feed = new BlockFeed();
        using var subscription = feed.Subscribe();
        var producer = new BlockProducer(harness.Processor, harness.Pool, feed, time, NullLogger.Instance, harness.Pool.OnBlockCommitted);
        using var cancellation = new CancellationTokenSource();
        var running = producer.RunAsync(TimeSpan.FromSeconds(1), cancellation.Token);

        var hash = harness.SubmitAccepted(harness.Transfer(0, 0));

        // Taken into the block being built before its slot ends: an equal-fee replacement, refused as underpriced while
        // it waits, is then refused for its nonce (being included, then too low).
        var sameFees = harness.Transfer(0, 0, value: 2);
        await WaitUntilAsync(() => harness.Pool.Submit(sameFees).Error == SubmissionError.Rejected);
        Assert.False(subscription.Blocks.TryRead(out _));
        time.Advance(TimeSpan.FromSeconds(1));
        var block = await subscription.Blocks.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1UL, block.Block.Number);
        Assert.Equal(hash, Keccak256.Hash(Assert.Single(block.Block.Body.UserTransactions).Span));
        Assert.Equal(harness.Genesis.Timestamp + 101, block.Block.Header.Timestamp); // its slot's end
        await cancellation.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 200, "the condition did not hold within 10 s");
            await Task.Delay(50);
        }
    }

    private static (BlockProducer Producer, BlockFeed Feed, FakeTimeProvider Time) Create()
    {
        var processor = new BlockProcessor(new MemoryStore(), NodeGenesis.Devnet);
        var feed = new BlockFeed();
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_000));
        return (new BlockProducer(processor, new QueueTransactionSource(), feed, time, NullLogger.Instance), feed, time);
    }
}
