using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class RpcBodyTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    [Fact]
    public async Task Post_BodyTooSlow_Http408AndOneDebugLine()
    {
        // Kestrel checks the rate once a second after the grace period: a body that stops after one byte fails in ~3 s.
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MinRequestBodyBytesPerSecond = 100, RequestBodyGracePeriod = TimeSpan.FromSeconds(2) });

        var status = await SendRawAsync(scope, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");

        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        await WebSocketClient.WaitUntilAsync(() => Refusals(scope).Count == 1);
        Assert.Contains("408", Refusals(scope).Single().Message, StringComparison.Ordinal);
        Assert.DoesNotContain(scope.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.DoesNotContain(scope.Logs.Entries, entry => entry.Error is not null && entry.Level >= LogLevel.Information);
    }

    [Fact]
    public async Task Post_BodyTooLarge_Http413AndOneDebugLine()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxRequestBytes = 100 });

        var status = await SendRawAsync(scope, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 101\r\n\r\n" + new string(' ', 101));

        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);
        Assert.Contains("413", Refusals(scope).Single().Message, StringComparison.Ordinal);
        Assert.DoesNotContain(scope.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    private static List<(string Category, LogLevel Level, string Message, Exception? Error)> Refusals(RpcServerScope scope) =>
        [.. scope.Logs.Entries.Where(entry => entry.Message.StartsWith("JSON-RPC body refused", StringComparison.Ordinal) && entry.Level == LogLevel.Debug)];

    // The status line of the answer to a raw request that never sends the rest of its body.
    private static async Task<string> SendRawAsync(RpcServerScope scope, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(scope.Server.HttpUrl.Host, scope.Server.HttpUrl.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await reader.ReadLineAsync(timeout.Token) ?? string.Empty;
    }
}
