using ProverNet.Core;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Rpc;

/// <summary>Transactions in and calls: <c>eth_sendRawTransaction</c>, <c>eth_call</c>, <c>eth_estimateGas</c>.</summary>
public static class CallMethods
{
    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, ITransactionPool pool)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pool);
        var simulator = new CallSimulator(reader.Chain);
        table.Add("eth_sendRawTransaction", (p, w) =>
        {
            p.EnsureAtMost(1);
            var result = pool.Submit(p.Data(0, "transaction"));
            if (!result.Accepted)
            {
                // geth answers every refusal with -32000 and its reason ("nonce too low", "already known", …).
                throw RpcException.Server(result.Message);
            }

            w.WriteStringValue(result.Hash.ToString());
        });
        table.Add("eth_call", (p, w) =>
        {
            p.EnsureAtMost(3);
            var call = CallRequest.Read(p.Required(0, "transaction"), RpcParams.Label(0, "transaction"));
            reader.RequireHeadState(p.OptionalBlock(1, "block"), RpcParams.Label(1, "block"));
            w.WriteStringValue(Hex.Encode(simulator.Call(call)));
        });
        table.Add("eth_estimateGas", (p, w) =>
        {
            p.EnsureAtMost(3);
            var call = CallRequest.Read(p.Required(0, "transaction"), RpcParams.Label(0, "transaction"));
            reader.RequireHeadState(p.OptionalBlock(1, "block"), RpcParams.Label(1, "block"));
            w.WriteStringValue(RpcJson.Quantity(simulator.EstimateGas(call)));
        });
    }
}
