using System.Threading.Channels;
using ProverNet.Chain.Execution;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// Fans committed blocks out to in-process subscribers (RPC subscriptions, the batcher, metrics). Each subscriber has its
/// own bounded buffer; a slow one loses its oldest blocks rather than slow down block production.
/// </summary>
public sealed class BlockFeed
{
    private readonly Lock gate = new();
    private readonly List<Channel<ProcessedBlock>> subscribers = [];

    /// <summary>Subscribes with room for <paramref name="capacity"/> unread blocks; dispose the result to unsubscribe.</summary>
    public BlockSubscription Subscribe(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var channel = Channel.CreateBounded<ProcessedBlock>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true });
        lock (gate)
        {
            subscribers.Add(channel);
        }

        return new BlockSubscription(channel.Reader, () => Unsubscribe(channel));
    }

    /// <summary>Subscriptions not yet disposed.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    /// <summary>Hands <paramref name="block"/> to every subscriber without waiting for any.</summary>
    public void Publish(ProcessedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (gate)
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Writer.TryWrite(block);
            }
        }
    }

    private void Unsubscribe(Channel<ProcessedBlock> channel)
    {
        lock (gate)
        {
            subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }
}
