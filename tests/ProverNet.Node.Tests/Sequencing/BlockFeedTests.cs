using ProverNet.Chain.Execution;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class BlockFeedTests
{
    private static readonly ProcessedBlock First = new(GenesisBlockOf(1), [], null);
    private static readonly ProcessedBlock Second = new(GenesisBlockOf(2), [], null);

    [Fact]
    public void Publish_TwoSubscribers_EachGetsEveryBlockInOrder()
    {
        var feed = new BlockFeed();
        using var a = feed.Subscribe();
        using var b = feed.Subscribe();

        feed.Publish(First);
        feed.Publish(Second);

        Assert.All(new[] { a, b }, subscription =>
        {
            Assert.True(subscription.Blocks.TryRead(out var one));
            Assert.True(subscription.Blocks.TryRead(out var two));
            Assert.Equal((First, Second), (one, two));
        });
    }

    [Fact]
    public void Publish_SubscriberFull_DropsItsOldestWithoutBlocking()
    {
        var feed = new BlockFeed();
        using var slow = feed.Subscribe(capacity: 1);

        feed.Publish(First);
        feed.Publish(Second);

        Assert.True(slow.Blocks.TryRead(out var kept));
        Assert.Same(Second, kept);
    }

    [Fact]
    public void Dispose_Subscription_CompletesItAndReceivesNoMore()
    {
        var feed = new BlockFeed();
        var subscription = feed.Subscribe();

        subscription.Dispose();
        feed.Publish(First);

        Assert.False(subscription.Blocks.TryRead(out _));
        Assert.True(subscription.Blocks.Completion.IsCompleted);
    }

    private static Chain.Blocks.Block GenesisBlockOf(ulong timestamp) =>
        GenesisBlock.Build(Support.NodeGenesis.Devnet with { Timestamp = timestamp });
}
