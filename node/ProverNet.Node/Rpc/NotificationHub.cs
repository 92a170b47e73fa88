using Microsoft.Extensions.Logging;
using ProverNet.Core;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Rpc;

/// <summary>
/// The server's one reader of the <see cref="BlockFeed"/>: for each block it builds the notification payloads once
/// (<see cref="BlockNotifications"/>) and hands every subscription the ones its filter passes, without waiting for any
/// connection (each has its own bounded queue, see <see cref="WebSocketSession"/>).
/// </summary>
internal sealed class NotificationHub : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly BlockSubscription blocks;
    private readonly Address miner;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task pump;
    private Subscriber[] subscribers = [];

    public NotificationHub(BlockFeed feed, Address miner, ILogger logger)
    {
        blocks = feed.Subscribe();
        this.miner = miner;
        this.logger = logger;
        pump = Task.Run(PumpAsync);
    }

    /// <summary>Subscriptions held now, over all connections.</summary>
    public int Count => Volatile.Read(ref subscribers).Length;

    public void Add(Subscriber subscriber)
    {
        lock (gate)
        {
            subscribers = [.. subscribers, subscriber];
        }
    }

    public void Remove(Subscriber subscriber)
    {
        lock (gate)
        {
            subscribers = [.. subscribers.Where(other => !ReferenceEquals(other, subscriber))];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        blocks.Dispose();
        await pump;
        stopping.Dispose();
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var block in blocks.Blocks.ReadAllAsync(stopping.Token))
            {
                var current = Volatile.Read(ref subscribers);
                if (current.Length == 0)
                {
                    continue;
                }

                var notifications = new BlockNotifications(block, miner);
                foreach (var subscriber in current)
                {
                    subscriber.Deliver(notifications);
                }
            }
        }
        catch (OperationCanceledException)
        {
            logger.LogDebug("notification hub stopped");
        }
    }

    /// <summary>One <c>eth_subscribe</c>: its envelope prefix, what it wants, and the connection queue it feeds.</summary>
    internal sealed class Subscriber(string id, SubscriptionKind kind, LogFilter? filter, Func<byte[], byte[], bool> enqueue)
    {
        public string Id { get; } = id;

        public byte[] Prefix { get; } = System.Text.Encoding.UTF8.GetBytes(
            $"{{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{{\"subscription\":\"{id}\",\"result\":");

        public void Deliver(BlockNotifications notifications)
        {
            if (kind == SubscriptionKind.NewHeads)
            {
                enqueue(Prefix, notifications.Header);
                return;
            }

            for (var i = 0; i < notifications.Logs.Count; i++)
            {
                if ((filter is null || filter.Matches(notifications.Logs[i].Entry)) && !enqueue(Prefix, notifications.Log(i)))
                {
                    return;
                }
            }
        }
    }
}
