using ProverNet.Node.Mempool;

namespace ProverNet.Node.Rpc;

/// <summary>Chain identity, head, accounts and fees: <c>eth_chainId</c>, <c>eth_blockNumber</c>, <c>eth_getBalance</c>, …</summary>
public static class ChainMethods
{
    /// <summary>The client name <c>web3_clientVersion</c> reports.</summary>
    public static readonly string ClientVersion = $"ProverNet/v{typeof(ChainMethods).Assembly.GetName().Version?.ToString(3)}/dotnet{Environment.Version}";

    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, ITransactionPool pool)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pool);
        var chain = reader.Chain;
        var chainId = RpcJson.Quantity(chain.Genesis.ChainId);
        table.Add("eth_chainId", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(chainId); });
        table.Add("net_version", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(chain.Genesis.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture)); });
        table.Add("net_listening", (p, w) => { p.EnsureAtMost(0); w.WriteBooleanValue(true); });
        table.Add("web3_clientVersion", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(ClientVersion); });
        table.Add("eth_syncing", (p, w) => { p.EnsureAtMost(0); w.WriteBooleanValue(false); });
        table.Add("eth_accounts", (p, w) => { p.EnsureAtMost(0); w.WriteStartArray(); w.WriteEndArray(); });
        table.Add("eth_blockNumber", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(RpcJson.Quantity(chain.Head.Number)); });
        table.Add("eth_gasPrice", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(RpcJson.Quantity(FeeSuggestion.GasPrice(chain))); });
        table.Add("eth_maxPriorityFeePerGas", (p, w) => { p.EnsureAtMost(0); w.WriteStringValue(RpcJson.Quantity(FeeSuggestion.PriorityFeePerGas)); });
        table.Add("eth_getBalance", (p, w) =>
        {
            p.EnsureAtMost(2);
            var address = p.Address(0, "address");
            reader.RequireHeadState(p.Block(1, "block"), PLabel(p, 1));
            w.WriteStringValue(RpcJson.Quantity(chain.GetAccount(address).Balance.Wei));
        });
        table.Add("eth_getTransactionCount", (p, w) =>
        {
            p.EnsureAtMost(2);
            var address = p.Address(0, "address");
            var block = p.Block(1, "block");
            if (block.IsPending)
            {
                w.WriteStringValue(RpcJson.Quantity(pool.NextNonce(address)));
                return;
            }

            reader.RequireHeadState(block, PLabel(p, 1));
            w.WriteStringValue(RpcJson.Quantity(chain.GetAccount(address).Nonce));
        });
        table.Add("eth_getCode", (p, w) =>
        {
            // System addresses are native: no bytecode anywhere, which tells tools there is no EVM contract to call.
            p.EnsureAtMost(2);
            p.Address(0, "address");
            p.Block(1, "block");
            w.WriteStringValue("0x");
        });
        table.Add("eth_feeHistory", (p, w) => FeeHistory.Write(reader, p, w));
    }

    private static string PLabel(RpcParams parameters, int index) => RpcParams.Label(index, "block") + " of " + parameters.Method;
}
