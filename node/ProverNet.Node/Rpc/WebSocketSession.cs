using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// One WebSocket connection: every text message is a request (or batch) answered in order, and <c>eth_subscribe</c>
/// registers with the server's <see cref="NotificationHub"/>. Notifications wait in a bounded queue that one sender
/// drains; a client that lets it fill (does not read) is closed with a reason, as <c>BlockFeed</c> never waits for a
/// subscriber. Sends are serialized by a lock since responses and notifications come from different tasks, and each
/// send has a deadline so a client that stops reading cannot hold a response either.
/// </summary>
internal sealed class WebSocketSession : IRpcSubscriptions, IAsyncDisposable
{
    private static readonly byte[] Suffix = "}}"u8.ToArray();
    private readonly WebSocket socket;
    private readonly RpcDispatcher dispatcher;
    private readonly NotificationHub hub;
    private readonly RpcServerOptions options;
    private readonly RpcConnectionCounts counts;
    private readonly ILogger logger;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, NotificationHub.Subscriber> subscriptions = new(StringComparer.Ordinal);
    private readonly Channel<(byte[] Prefix, byte[] Payload)> queue;
    private readonly CancellationTokenSource closing = new();
    private readonly Task sender;
    private ulong nextId;
    private int overflowed;

    public WebSocketSession(WebSocket socket, RpcDispatcher dispatcher, NotificationHub hub, RpcServerOptions options, RpcConnectionCounts counts, ILogger logger)
    {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.hub = hub;
        this.options = options;
        this.counts = counts;
        this.logger = logger;
        queue = Channel.CreateBounded<(byte[], byte[])>(new BoundedChannelOptions(options.MaxQueuedNotifications) { SingleReader = true });
        sender = Task.Run(SendNotificationsAsync);
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
                if (message.WrittenCount > options.MaxRequestBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, $"message exceeds the {options.MaxRequestBytes}-byte limit", CancellationToken.None);
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
            logger.LogDebug("WebSocket session ended: {Reason}", error.Message);
        }
    }

    public string Subscribe(SubscriptionKind kind, LogFilter? filter)
    {
        lock (gate)
        {
            if (subscriptions.Count >= options.MaxSubscriptionsPerConnection)
            {
                throw new RpcException(RpcErrorCodes.LimitExceeded, $"this connection has {subscriptions.Count} subscriptions, the limit: unsubscribe first");
            }

            var id = RpcJson.Quantity(++nextId + 0x1000);
            var subscriber = new NotificationHub.Subscriber(id, kind, filter, Enqueue);
            subscriptions.Add(id, subscriber);
            hub.Add(subscriber);
            counts.Subscribed();
            return id;
        }
    }

    public bool Unsubscribe(string id)
    {
        lock (gate)
        {
            if (!subscriptions.Remove(id, out var subscriber))
            {
                return false;
            }

            hub.Remove(subscriber);
            counts.Unsubscribed(1);
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            foreach (var subscriber in subscriptions.Values)
            {
                hub.Remove(subscriber);
            }

            counts.Unsubscribed(subscriptions.Count);
            subscriptions.Clear();
        }

        queue.Writer.TryComplete();
        await closing.CancelAsync();
        await sender;
        closing.Dispose();
        sending.Dispose();
    }

    // Called by the hub's thread: never waits. A full queue means the client stopped reading.
    private bool Enqueue(byte[] prefix, byte[] payload)
    {
        if (queue.Writer.TryWrite((prefix, payload)))
        {
            return true;
        }

        if (Interlocked.Exchange(ref overflowed, 1) == 0)
        {
            logger.LogDebug("WebSocket closed: {Count} notifications unread", options.MaxQueuedNotifications);
            queue.Writer.TryComplete();
        }

        return false;
    }

    private async Task SendNotificationsAsync()
    {
        var frame = new ArrayBufferWriter<byte>(4096);
        try
        {
            await foreach (var (prefix, payload) in queue.Reader.ReadAllAsync(closing.Token))
            {
                frame.ResetWrittenCount();
                frame.Write(prefix);
                frame.Write(payload);
                frame.Write(Suffix);
                await SendAsync(frame.WrittenMemory, closing.Token);
            }

            if (Volatile.Read(ref overflowed) == 1)
            {
                await CloseSlowClientAsync();
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // A send past its deadline aborted the socket: end the session too, rather than leave it reading.
            logger.LogDebug("WebSocket notifications ended: {Reason}", error.Message);
            await closing.CancelAsync();
        }
    }

    private async Task CloseSlowClientAsync()
    {
        using var deadline = new CancellationTokenSource(options.WebSocketSendTimeout);
        await sending.WaitAsync(deadline.Token);
        try
        {
            await socket.CloseOutputAsync(
                WebSocketCloseStatus.PolicyViolation, $"client too slow: {options.MaxQueuedNotifications} notifications unread", deadline.Token);
        }
        finally
        {
            sending.Release();
            await closing.CancelAsync();
        }
    }

    private async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.WebSocketSendTimeout);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
        }
        finally
        {
            sending.Release();
        }
    }
}
