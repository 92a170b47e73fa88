using System.Net;
using System.Net.Sockets;

namespace ProverNet.Node.Tests.Support;

/// <summary>
/// A TCP proxy on loopback in front of <c>upstream</c> that a test can sever: while severed it drops every connection
/// and refuses new ones, as an L1 endpoint that went down; restored, it forwards again. Nothing else differs, so the
/// client under test sees a real outage of a real endpoint.
/// </summary>
public sealed class SeveringProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> open = [];
    private readonly Task accepting;
    private volatile bool severed;

    public SeveringProxy(Uri upstream)
    {
        this.upstream = upstream;
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Url { get; }

    /// <summary>Drops every connection; new ones are closed at once until <see cref="Restore"/>.</summary>
    public void Sever()
    {
        severed = true;
        lock (open)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Restore() => severed = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Sever();
        try
        {
            await accepting;
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            if (severed)
            {
                client.Dispose();
                continue;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        lock (open)
        {
            open.Add(client);
            open.Add(server);
        }

        try
        {
            await server.ConnectAsync(upstream.Host, upstream.Port, stopping.Token);
            var toServer = client.GetStream().CopyToAsync(server.GetStream(), stopping.Token);
            var toClient = server.GetStream().CopyToAsync(client.GetStream(), stopping.Token);
            await Task.WhenAny(toServer, toClient);
        }
        catch (Exception dropped) when (dropped is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // Severed, or one side hung up.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (open)
            {
                open.Remove(client);
                open.Remove(server);
            }
        }
    }
}
