namespace ProverNet.Node.Rpc;

/// <summary>The full method table of the node: Ethereum's methods (docs/architecture.md §3) and ProverNet's <c>pn_*</c>.</summary>
public static class EthereumMethods
{
    /// <summary>All methods, serving <paramref name="services"/> within <paramref name="options"/>' limits.</summary>
    public static RpcMethodTable Create(RpcServices services, RpcServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var table = new RpcMethodTable();
        var reader = new ChainReader(services.Chain);
        ChainMethods.Register(table, reader, services.Pool);
        BlockMethods.Register(table, reader, services.Pool);
        CallMethods.Register(table, reader, services.Pool);
        LogMethods.Register(table, reader, options);
        ProverNetMethods.Register(table, reader, services.Pool, services.L1, services.Batcher);
        return table;
    }
}
