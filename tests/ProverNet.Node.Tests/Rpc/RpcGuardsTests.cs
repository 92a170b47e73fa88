using System.Net;
using System.Net.WebSockets;
using System.Text;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class RpcGuardsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private const string ChainId = """{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}""";
    private static readonly HttpClient Http = new();

    private static async Task<HttpResponseMessage> SendAsync(Uri url, string? host = null, string? origin = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(ChainId, Encoding.UTF8, contentType) };
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Http.SendAsync(request);
    }

    [Fact]
    public async Task Post_FromAnOriginByDefault_NoCorsHeader()
    {
        using var response = await SendAsync(node.Server.HttpUrl, origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_FromAListedOrigin_ThatOriginAllowed()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, CorsOrigins = "https://dapp.example, https://other.example" });

        using var listed = await SendAsync(scope.Server.HttpUrl, origin: "https://dapp.example");
        using var other = await SendAsync(scope.Server.HttpUrl, origin: "https://evil.example");

        Assert.Equal("https://dapp.example", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.Forbidden)]
    [InlineData("localhost:8547", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:8547", HttpStatusCode.OK)]
    public async Task Post_HostHeader_OnlyVirtualHostsOrAddresses(string host, HttpStatusCode expected)
    {
        using var response = await SendAsync(node.Server.HttpUrl, host: host);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("invalid host specified", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_NotJsonContentType_Http415(string contentType)
    {
        using var response = await SendAsync(node.Server.HttpUrl, contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://localhost:3000", true)]
    [InlineData("https://evil.example", false)]
    public async Task WebSocket_Origin_LocalhostOrNoneByDefault(string? origin, bool accepted)
    {
        using var socket = new ClientWebSocket();
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        socket.Options.CollectHttpResponseDetails = true;
        var connect = socket.ConnectAsync(node.Server.WebSocketUrl, CancellationToken.None);

        if (accepted)
        {
            await connect;
            Assert.Equal(WebSocketState.Open, socket.State);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        else
        {
            await Assert.ThrowsAsync<WebSocketException>(() => connect);
            Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        }
    }

    [Fact]
    public async Task WebSocket_OverTheConnectionLimit_Http503BeforeTheUpgrade()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxWebSocketConnections = 2 });
        using var first = new ClientWebSocket();
        using var second = new ClientWebSocket();
        using var third = new ClientWebSocket();
        third.Options.CollectHttpResponseDetails = true;
        await first.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
        await second.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);

        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.HttpStatusCode);
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await WebSocketClient.WaitUntilAsync(() => scope.Server.WebSocketConnections == 1);
        using var again = new ClientWebSocket();
        await again.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
        Assert.Equal(WebSocketState.Open, again.State);
    }

    [Fact]
    public async Task Subscribe_OverTheLimitPerConnection_LimitExceeded()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxSubscriptionsPerConnection = 2 });
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(scope.Server.WebSocketUrl, CancellationToken.None);
        const string Subscribe = """[{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["logs",{}]},{"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["newHeads"]},{"jsonrpc":"2.0","id":3,"method":"eth_subscribe","params":["newHeads"]}]""";

        var answers = await WebSocketClient.RoundTripAsync(socket, Subscribe);

        Assert.True(answers[0].TryGetProperty("result", out _));
        Assert.True(answers[1].TryGetProperty("result", out _));
        Assert.Equal(RpcErrorCodes.LimitExceeded, answers[2].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(2, scope.Server.Subscriptions);
        Assert.Equal(2, scope.Server.HubSubscriptions);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await WebSocketClient.WaitUntilAsync(() => scope.Server.Subscriptions == 0 && scope.Server.WebSocketConnections == 0 && scope.Server.HubSubscriptions == 0);
    }
}
