namespace ProverNet.Node.Rpc;

/// <summary>Where the JSON-RPC server listens and what it accepts (<c>Rpc:…</c> settings).</summary>
public sealed class RpcServerOptions
{
    /// <summary>Interface to bind; loopback by default so a node is not an open relay by accident.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (see <see cref="RpcServer.HttpUrl"/>).</summary>
    public int Port { get; set; } = 8547;

    /// <summary>Largest HTTP body or WebSocket message, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most requests in one batch.</summary>
    public int MaxBatch { get; set; } = 1_000;

    /// <summary>Widest block range one <c>eth_getLogs</c> may scan.</summary>
    public ulong MaxLogBlockRange { get; set; } = 10_000;

    /// <summary>Most logs one <c>eth_getLogs</c> may return.</summary>
    public int MaxLogResults { get; set; } = 10_000;

    /// <summary>Largest total response of one batch, in bytes (geth's <c>BatchResponseMaxSize</c>, 25 MB): once crossed,
    /// the rest of the batch is answered with -32003 "response too large" and not run.</summary>
    public int MaxResponseBytes { get; set; } = 25_000_000;

    /// <summary>Most blocks the queries of one message (a request or a whole batch) may read together
    /// (<c>eth_getLogs</c>, <c>eth_feeHistory</c>).</summary>
    public ulong MaxBlocksReadPerMessage { get; set; } = 50_000;

    /// <summary>Comma-separated origins browsers may call from (CORS); empty: no CORS headers; "*": any origin.</summary>
    public string CorsOrigins { get; set; } = "";

    /// <summary>Comma-separated host names accepted in the HTTP <c>Host</c> header ("*": any); IP addresses always pass.</summary>
    public string VirtualHosts { get; set; } = "localhost";

    /// <summary>Comma-separated origins a WebSocket may be opened from ("*": any); empty: localhost and this machine's
    /// name, as geth. A handshake without an Origin header (not a browser) always passes.</summary>
    public string WebSocketOrigins { get; set; } = "";

    /// <summary>Most <c>eth_subscribe</c> subscriptions one WebSocket holds at once.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 16;

    /// <summary>Most WebSocket connections open at once; more are refused before the upgrade with HTTP 503.</summary>
    public int MaxWebSocketConnections { get; set; } = 64;

    /// <summary>Notifications one WebSocket may have waiting to be sent; a client that lets more pile up is closed (1008).</summary>
    public int MaxQueuedNotifications { get; set; } = 20_000;

    /// <summary>Longest one WebSocket send may take before the connection is dropped (geth: 10 s).</summary>
    public TimeSpan WebSocketSendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Slowest request body accepted, in bytes per second after <see cref="RequestBodyGracePeriod"/>
    /// (Kestrel's <c>MinRequestBodyDataRate</c>); a slower one is answered 408.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a request body may take before <see cref="MinRequestBodyBytesPerSecond"/> applies.</summary>
    public TimeSpan RequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
