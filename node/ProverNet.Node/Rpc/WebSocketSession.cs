using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProverNet.Chain.Execution;
using ProverNet.Core;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Rpc;

/// <summary>
/// One WebSocket connection: every text message is a request (or batch) answered in order, and <c>eth_subscribe</c>
/// pushes <c>eth_subscription</c> notifications from the block feed until unsubscribed or closed. Sends are serialized
/// by a lock since responses and notifications come from different tasks.
/// </summary>
internal sealed class WebSocketSession : IRpcSubscriptions, IAsyncDisposable
{
    private readonly WebSocket socket;
    private readonly RpcDispatcher dispatcher;
    private readonly BlockFeed feed;
    private readonly Address miner;
    private readonly int maxMessageBytes;
    private readonly int maxSubscriptions;
    private readonly RpcConnectionCounts counts;
    private readonly ILogger logger;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, (BlockSubscription Blocks, Task Pump)> subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource closing = new();
    private ulong nextId;

    public WebSocketSession(WebSocket socket, RpcDispatcher dispatcher, BlockFeed feed, Address miner, RpcServerOptions options, RpcConnectionCounts counts, ILogger logger)
    {
        this.counts = counts;
        this.miner = miner;
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.feed = feed;
        maxMessageBytes = options.MaxRequestBytes;
        maxSubscriptions = options.MaxSubscriptionsPerConnection;
        this.logger = logger;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, closing.Token);
        var message = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(message.GetMemory(4096), linked.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                message.Advance(received.Count);
                if (message.WrittenCount > maxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, $"message exceeds the {maxMessageBytes}-byte limit", CancellationToken.None);
                    return;
                }

                if (received.EndOfMessage)
                {
                    var response = new ArrayBufferWriter<byte>(512);
                    dispatcher.Handle(message.WrittenMemory, response, this);
                    message.ResetWrittenCount();
                    if (response.WrittenCount > 0)
                    {
                        await SendAsync(response.WrittenMemory, linked.Token);
                    }
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug(error, "WebSocket session ended");
        }
    }

    public string Subscribe(SubscriptionKind kind, LogFilter? filter)
    {
        lock (gate)
        {
            if (subscriptions.Count >= maxSubscriptions)
            {
                throw new RpcException(RpcErrorCodes.LimitExceeded, $"this connection has {subscriptions.Count} subscriptions, the limit: unsubscribe first");
            }

            var id = RpcJson.Quantity(++nextId + 0x1000);
            var blocks = feed.Subscribe();
            subscriptions.Add(id, (blocks, Task.Run(() => PumpAsync(id, kind, filter, blocks))));
            counts.Subscribed();
            return id;
        }
    }

    public bool Unsubscribe(string id)
    {
        lock (gate)
        {
            if (!subscriptions.Remove(id, out var subscription))
            {
                return false;
            }

            subscription.Blocks.Dispose();
            counts.Unsubscribed(1);
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        Task[] pumps;
        lock (gate)
        {
            pumps = [.. subscriptions.Values.Select(subscription => subscription.Pump)];
            foreach (var subscription in subscriptions.Values)
            {
                subscription.Blocks.Dispose();
            }

            counts.Unsubscribed(subscriptions.Count);
            subscriptions.Clear();
        }

        await Task.WhenAll(pumps);
        closing.Dispose();
        sending.Dispose();
    }

    private async Task PumpAsync(string id, SubscriptionKind kind, LogFilter? filter, BlockSubscription blocks)
    {
        try
        {
            await foreach (var block in blocks.Blocks.ReadAllAsync(closing.Token))
            {
                foreach (var notification in Notifications(id, kind, filter, block))
                {
                    await SendAsync(notification, closing.Token);
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            logger.LogDebug(error, "subscription {Id} ended", id);
        }
    }

    private List<ReadOnlyMemory<byte>> Notifications(string id, SubscriptionKind kind, LogFilter? filter, ProcessedBlock block)
    {
        var notifications = new List<ReadOnlyMemory<byte>>();
        if (kind == SubscriptionKind.NewHeads)
        {
            notifications.Add(Notification(id, writer => BlockJson.WriteHeader(writer, block.Block, block.Receipts, miner)));
            return notifications;
        }

        foreach (var log in BlockLogs.Of(block.Block, block.Receipts))
        {
            if (filter is null || filter.Matches(log.Entry))
            {
                notifications.Add(Notification(id, writer => LogJson.Write(writer, log)));
            }
        }

        return notifications;
    }

    private static ReadOnlyMemory<byte> Notification(string id, Action<Utf8JsonWriter> writeResult)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", "eth_subscription");
            writer.WriteStartObject("params");
            writer.WriteString("subscription", id);
            writer.WritePropertyName("result");
            writeResult(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return output.WrittenMemory;
    }

    private async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }
}
