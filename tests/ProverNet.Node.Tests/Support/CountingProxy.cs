using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ProverNet.Node.Tests.Support;

/// <summary>
/// An HTTP proxy on loopback in front of a JSON-RPC endpoint that counts what passes: HTTP requests (what the node pays
/// a round trip for) and the JSON-RPC calls inside them (a batch is one request of several calls), by method.
/// </summary>
public sealed class CountingProxy : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly HttpClient upstream = new();
    private readonly Uri target;
    private readonly Dictionary<string, int> calls = [];
    private readonly Task serving;
    private int requests;

    public CountingProxy(Uri target)
    {
        this.target = target;
        var port = FreeLoopbackPort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        serving = ServeAsync();
    }

    public Uri Url { get; }

    /// <summary>HTTP requests forwarded so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>JSON-RPC calls forwarded so far, by method.</summary>
    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (calls)
            {
                return new Dictionary<string, int>(calls);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        try
        {
            await serving;
        }
        catch (Exception stopped) when (stopped is HttpListenerException or ObjectDisposedException)
        {
        }

        listener.Close();
        upstream.Dispose();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            _ = ForwardAsync(context);
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Interlocked.Increment(ref requests);
            Count(body.ToArray());
            using var forwarded = new ByteArrayContent(body.ToArray());
            forwarded.Headers.ContentType = new("application/json");
            using var answer = await upstream.PostAsync(target, forwarded);
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            context.Response.StatusCode = (int)answer.StatusCode;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception dropped) when (dropped is HttpListenerException or HttpRequestException or IOException or ObjectDisposedException)
        {
            context.Response.Abort();
        }
    }

    private void Count(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.ValueKind == JsonValueKind.Array ? [.. json.RootElement.EnumerateArray()] : new[] { json.RootElement };
        lock (calls)
        {
            foreach (var item in items)
            {
                var method = item.GetProperty("method").GetString() ?? "?";
                calls[method] = calls.GetValueOrDefault(method) + 1;
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
