using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ProverNet.Chain;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class LogMethodsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private static readonly string BidSubmitted = EventTopics.Signature(
        "BidSubmitted(uint256,address,uint32,uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string,uint256)").ToString();

    private IReadOnlyList<LogEntry> AllLogs => [.. node.BidBlock.Receipts.SelectMany(receipt => receipt.Logs)];

    [Fact]
    public async Task GetLogs_ByAddress_TheMarketLogsOfTheRange()
    {
        var logs = await node.ResultAsync("eth_getLogs", $$"""[{"fromBlock":"0x1","toBlock":"latest","address":"{{SystemAddresses.Market}}"}]""");

        Assert.Equal(AllLogs.Count(log => log.Address == SystemAddresses.Market), logs.GetArrayLength());
        Assert.All(logs.EnumerateArray(), log => Assert.Equal("0x1", log.GetProperty("blockNumber").GetString()));
    }

    [Fact]
    public async Task GetLogs_ByTopicAlternativesAndWildcards_MatchingLogsOnly()
    {
        var first = AllLogs[0];
        var other = "0x" + new string('4', 64);

        var byTopic = await node.ResultAsync("eth_getLogs", $$"""[{"fromBlock":"0x1","topics":[["{{other}}","{{first.Topics[0]}}"]]}]""");
        var wildcard = await node.ResultAsync("eth_getLogs", $$"""[{"fromBlock":"0x1","toBlock":"0x1","topics":[null,"{{other}}"]}]""");

        Assert.Equal(AllLogs.Count(log => log.Topics[0] == first.Topics[0]), byTopic.GetArrayLength());
        Assert.Equal(0, wildcard.GetArrayLength());
    }

    [Fact]
    public async Task GetLogs_ByBlockHashWithoutFilter_EveryLogWithBlockWideIndexes()
    {
        var logs = await node.ResultAsync("eth_getLogs", $$"""[{"blockHash":"{{node.BidBlock.Block.Hash}}"}]""");

        Assert.Equal(AllLogs.Count, logs.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, AllLogs.Count).Select(i => RpcJson.Quantity((ulong)i)), logs.EnumerateArray().Select(log => log.GetProperty("logIndex").GetString()));
    }

    [Theory]
    [InlineData("""[{"fromBlock":"0x2","toBlock":"0x1"}]""", RpcErrorCodes.InvalidParams, "invalid block range")]
    [InlineData("""[{"fromBlock":"0x0","toBlock":"0x1","blockHash":"0x1111111111111111111111111111111111111111111111111111111111111111"}]""", RpcErrorCodes.InvalidParams, "blockHash excludes")]
    [InlineData("""[{"topics":[1]}]""", RpcErrorCodes.InvalidParams, "topics[0]")]
    [InlineData("""[{"address":"0x12"}]""", RpcErrorCodes.InvalidParams, "address")]
    [InlineData("""[{"fromBlock":"earliest","toBlock":"latest"}]""", RpcErrorCodes.LimitExceeded, "-block limit")]
    public async Task GetLogs_BadFilter_ErrorSayingWhy(string parameters, int code, string reason)
    {
        var error = await node.ErrorAsync("eth_getLogs", parameters);

        Assert.Equal(code, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_OverHttp_ServerErrorAskingForAWebSocket()
    {
        var (code, message) = await node.ErrorAsync("eth_subscribe", """["newHeads"]""");

        Assert.Equal(RpcErrorCodes.ServerError, code);
        Assert.Contains("WebSocket", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_NewHeadsAndLogsOverWebSocket_NotifiedWhenABlockIsPublished()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(node.Server.WebSocketUrl, CancellationToken.None);
        var heads = (await RoundTripAsync(socket, """{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}""")).GetProperty("result").GetString();
        var logs = (await RoundTripAsync(socket, $$"""{"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["logs",{"address":"{{SystemAddresses.Market}}"}]}""")).GetProperty("result").GetString();

        var source = new QueueTransactionSource();
        source.Enqueue(node.Sign(node.Requester, node.Chain.GetAccount(node.Requester.Address).Nonce, SystemAddresses.Market, 0UL, MarketCalldataEncoder.Encode(RpcTestNode.SampleBid())));
        var produced = node.Processor.Produce(new BlockAttributes(1_700_000_010, default, []), source);
        node.Feed.Publish(produced);

        var received = new List<JsonElement> { await ReceiveAsync(socket), await ReceiveAsync(socket) };
        var head = received.Single(message => message.GetProperty("params").GetProperty("subscription").GetString() == heads);
        Assert.Equal("eth_subscription", head.GetProperty("method").GetString());
        Assert.Equal(produced.Block.Hash.ToString(), head.GetProperty("params").GetProperty("result").GetProperty("hash").GetString());
        var log = received.Single(message => message.GetProperty("params").GetProperty("subscription").GetString() == logs);
        Assert.Equal(SystemAddresses.Market.ToString(), log.GetProperty("params").GetProperty("result").GetProperty("address").GetString());
        Assert.True((await RoundTripAsync(socket, $$"""{"jsonrpc":"2.0","id":3,"method":"eth_unsubscribe","params":["{{heads}}"]}""")).GetProperty("result").GetBoolean());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private static async Task<JsonElement> RoundTripAsync(ClientWebSocket socket, string request)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, CancellationToken.None);
        return await ReceiveAsync(socket);
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
    }
}
