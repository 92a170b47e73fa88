using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

/// <summary>An <see cref="RpcServer"/> with its own options over <see cref="RpcTestNode"/>'s chain, logging into <see cref="Logs"/>.</summary>
public sealed class RpcServerScope : IAsyncDisposable
{
    private static readonly HttpClient Http = new();
    private readonly ILoggerFactory loggers;

    private RpcServerScope(RpcServer server, ILoggerFactory loggers, CapturingLoggerProvider logs)
    {
        Server = server;
        this.loggers = loggers;
        Logs = logs;
    }

    public RpcServer Server { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<RpcServerScope> StartAsync(RpcTestNode node, RpcServerOptions options)
    {
        var logs = new CapturingLoggerProvider();
        var loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var server = await RpcServer.StartAsync(options, new RpcServices(node.Chain, node.Pool, node.Feed), loggers, CancellationToken.None);
        return new RpcServerScope(server, loggers, logs);
    }

    /// <summary>Posts <paramref name="body"/> as JSON and returns the status and the raw answer.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Server.HttpUrl, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts <paramref name="body"/> and parses the answer.</summary>
    public async Task<JsonElement> PostJsonAsync(string body)
    {
        var (status, text) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        loggers.Dispose();
    }
}
