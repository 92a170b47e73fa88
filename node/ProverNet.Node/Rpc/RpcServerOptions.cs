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
}
