using System.Text.Json;

namespace ProverNet.Node.Rpc;

/// <summary><c>eth_getLogs</c> and the WebSocket subscriptions <c>eth_subscribe</c> / <c>eth_unsubscribe</c>.</summary>
public static class LogMethods
{
    /// <summary>Adds the methods to <paramref name="table"/>.</summary>
    public static void Register(RpcMethodTable table, ChainReader reader, RpcServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var query = new LogQuery(reader.Chain, options.MaxLogBlockRange, options.MaxLogResults);
        table.Add("eth_getLogs", (p, w) =>
        {
            p.EnsureAtMost(1);
            const string What = "invalid argument 0 (filter)";
            var filterObject = RpcValues.ReadObject(p.Required(0, "filter"), What);
            var filter = LogFilter.Read(filterObject, What);
            var (from, to) = Range(reader, filterObject, What);
            w.WriteStartArray();
            foreach (var log in query.Find(from, to, filter, p.Budget))
            {
                LogJson.Write(w, log);
            }

            w.WriteEndArray();
        });
        table.Add("eth_subscribe", (p, w) =>
        {
            p.EnsureAtMost(2);
            var subscriptions = p.Subscriptions ?? throw RpcException.Server("notifications not supported: subscribe over a WebSocket connection");
            var kind = RpcValues.ReadString(p.Required(0, "subscription"), RpcParams.Label(0, "subscription")) switch
            {
                "newHeads" => SubscriptionKind.NewHeads,
                "logs" => SubscriptionKind.Logs,
                var other => throw RpcException.InvalidParams($"{RpcParams.Label(0, "subscription")}: no \"{other}\" subscription, only newHeads and logs"),
            };
            var filter = kind == SubscriptionKind.Logs && p.Optional(1) is { } given ? LogFilter.Read(given, RpcParams.Label(1, "filter")) : null;
            w.WriteStringValue(subscriptions.Subscribe(kind, filter));
        });
        table.Add("eth_unsubscribe", (p, w) =>
        {
            p.EnsureAtMost(1);
            var subscriptions = p.Subscriptions ?? throw RpcException.Server("notifications not supported: subscribe over a WebSocket connection");
            w.WriteBooleanValue(subscriptions.Unsubscribe(RpcValues.ReadString(p.Required(0, "id"), RpcParams.Label(0, "id"))));
        });
    }

    private static (ulong From, ulong To) Range(ChainReader reader, JsonElement filter, string what)
    {
        var head = reader.Chain.Head.Number;
        var fromGiven = RpcValues.Member(filter, "fromBlock");
        var toGiven = RpcValues.Member(filter, "toBlock");
        if (RpcValues.Member(filter, "blockHash") is { } hashValue)
        {
            if (fromGiven is not null || toGiven is not null)
            {
                throw RpcException.InvalidParams($"{what}: blockHash excludes fromBlock and toBlock");
            }

            var hash = RpcValues.ReadHash(hashValue, what + ".blockHash");
            var number = reader.Chain.Blocks.GetNumber(hash) ?? throw RpcException.Server($"unknown block {hash}");
            return (number, number);
        }

        var from = fromGiven is { } f ? reader.NumberOf(BlockTag.Read(f, what + ".fromBlock"), what) : head;
        var to = toGiven is { } t ? reader.NumberOf(BlockTag.Read(t, what + ".toBlock"), what) : head;
        return (from, Math.Min(to, head));
    }
}
