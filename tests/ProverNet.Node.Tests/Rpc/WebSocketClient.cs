using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ProverNet.Node.Tests.Rpc;

/// <summary>Request/answer over a client WebSocket, and waiting for server-side effects.</summary>
public static class WebSocketClient
{
    public static async Task<JsonElement> RoundTripAsync(ClientWebSocket socket, string request)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, CancellationToken.None);
        return await ReceiveAsync(socket);
    }

    public static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk.AsMemory(), timeout.Token);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    /// <summary>Polls <paramref name="condition"/> for up to ten seconds (the server ends a session after the close handshake).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 500, "timed out");
            await Task.Delay(20);
        }
    }
}
