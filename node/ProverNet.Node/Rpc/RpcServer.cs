using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Rpc;

/// <summary>
/// The node's JSON-RPC endpoint: HTTP POST and WebSocket on the same address (Kestrel). Started with
/// <see cref="StartAsync"/>, stopped by <see cref="DisposeAsync"/>.
/// </summary>
public sealed class RpcServer : IAsyncDisposable
{
    private readonly WebApplication application;

    private readonly RpcConnectionCounts counts;
    private readonly NotificationHub hub;

    private RpcServer(WebApplication application, Uri httpUrl, RpcConnectionCounts counts, NotificationHub hub)
    {
        this.application = application;
        this.counts = counts;
        this.hub = hub;
        HttpUrl = httpUrl;
        WebSocketUrl = new UriBuilder(httpUrl) { Scheme = httpUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
    }

    /// <summary>Where HTTP clients post requests, e.g. <c>http://127.0.0.1:8547/</c>.</summary>
    public Uri HttpUrl { get; }

    /// <summary>Where WebSocket clients connect, e.g. <c>ws://127.0.0.1:8547/</c>.</summary>
    public Uri WebSocketUrl { get; }

    /// <summary>Binds <paramref name="options"/>' address and serves <paramref name="services"/> until disposed.</summary>
    public static async Task<RpcServer> StartAsync(
        RpcServerOptions options, RpcServices services, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger<RpcServer>();
        var dispatcher = new RpcDispatcher(EthereumMethods.Create(services, options), options, logger);
        var hub = new NotificationHub(services.Feed, services.Chain.Genesis.Rollup.Sequencer, logger);
        var endpoint = new RpcEndpoint(dispatcher, hub, options, logger);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddOptions();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            // The endpoint enforces the body limit itself, so that an oversized body still gets a JSON-RPC answer.
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(options.MinRequestBodyBytesPerSecond, options.RequestBodyGracePeriod);
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        var application = builder.Build();
        application.UseWebSockets();
        application.Run(endpoint.HandleAsync);
        await application.StartAsync(cancellationToken);

        var bound = application.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        logger.LogInformation("JSON-RPC listening on {Url}", bound);
        return new RpcServer(application, new Uri(bound.EndsWith('/') ? bound : bound + "/"), endpoint.Counts, hub);
    }

    /// <summary>WebSocket connections open now.</summary>
    internal int WebSocketConnections => counts.WebSockets;

    /// <summary>Subscriptions held by open WebSockets now.</summary>
    internal int Subscriptions => counts.Subscriptions;

    /// <summary>Subscriptions the notification hub delivers to now.</summary>
    internal int HubSubscriptions => hub.Count;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await application.StopAsync();
        await application.DisposeAsync();
        await hub.DisposeAsync();
    }
}
