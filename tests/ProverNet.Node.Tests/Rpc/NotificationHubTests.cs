using System.Net.WebSockets;
using System.Text.Json;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

/// <summary>
/// Subscriptions over WebSockets share one reader of the block feed per server, and a connection that stops reading
/// is closed instead of holding memory or the other subscribers back.
/// </summary>
public sealed class NotificationHubTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private const string SubscribeHeadsAndLogs =
        """[{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]},{"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["logs",{}]}]""";

    private const string SubscribeHeads = """{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}""";

    [Fact]
    public async Task Subscribe_ManyOnSeveralConnections_OneFeedReaderAndEverySubscriptionServed()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0 });
        var feedReaders = node.Feed.SubscriberCount;
        var sockets = new List<ClientWebSocket>();
        try
        {
            for (var connection = 0; connection < 3; connection++)
            {
                var socket = new ClientWebSocket();
                sockets.Add(socket);
                await socket.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
                var answers = await WebSocketClient.RoundTripAsync(socket, SubscribeHeadsAndLogs);
                Assert.All(answers.EnumerateArray(), answer => Assert.True(answer.TryGetProperty("result", out _)));
            }

            Assert.Equal(feedReaders, node.Feed.SubscriberCount);
            Assert.Equal(6, scope.Server.HubSubscriptions);

            node.Feed.Publish(node.BidBlock);

            var heads = new List<string>();
            foreach (var socket in sockets)
            {
                var results = new[] { await WebSocketClient.ReceiveAsync(socket), await WebSocketClient.ReceiveAsync(socket) }
                    .Select(notification => notification.GetProperty("params").GetProperty("result")).ToList();
                var head = Assert.Single(results, result => result.TryGetProperty("parentHash", out _));
                Assert.Equal("0x1", head.GetProperty("number").GetString());
                var log = Assert.Single(results, result => result.TryGetProperty("logIndex", out _));
                Assert.Equal(node.BidBlock.Block.Hash.ToString(), log.GetProperty("blockHash").GetString());
                heads.Add(head.GetRawText());
            }

            Assert.Single(heads.Distinct(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }

        await WebSocketClient.WaitUntilAsync(() => scope.Server.HubSubscriptions == 0 && scope.Server.WebSocketConnections == 0);
    }

    [Fact]
    public async Task Notifications_ClientStopsReading_ClosedAndTheOthersStillServed()
    {
        var options = new RpcServerOptions { Port = 0, MaxQueuedNotifications = 8, WebSocketSendTimeout = TimeSpan.FromMilliseconds(500) };
        await using var scope = await RpcServerScope.StartAsync(node, options);
        using var reading = new ClientWebSocket();
        using var stalled = new ClientWebSocket();
        await reading.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
        await stalled.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
        await WebSocketClient.RoundTripAsync(reading, SubscribeHeads);
        await WebSocketClient.RoundTripAsync(stalled, SubscribeHeads);

        // The stalled client never reads: once the socket buffers between the two are full its queue fills and the
        // server drops it. The reading client gets every block meanwhile.
        var published = 0;
        while (scope.Server.WebSocketConnections == 2)
        {
            Assert.True(published < 50_000, "the stalled connection was never closed");
            node.Feed.Publish(node.BidBlock);
            published++;
            var notification = await WebSocketClient.ReceiveAsync(reading);
            Assert.Equal("eth_subscription", notification.GetProperty("method").GetString());
        }

        Assert.Equal(1, scope.Server.HubSubscriptions);
        Assert.Contains(scope.Logs.Entries, entry => entry.Message.Contains("8 notifications unread", StringComparison.Ordinal));
        node.Feed.Publish(node.BidBlock);
        var after = await WebSocketClient.ReceiveAsync(reading);
        Assert.Equal(JsonValueKind.Object, after.GetProperty("params").GetProperty("result").ValueKind);
    }
}
