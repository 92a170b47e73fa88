using System.Net;
using System.Text.Json;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class RpcLimitsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private static string Batch(int count, string method, string parameters) =>
        "[" + string.Join(',', Enumerable.Range(0, count).Select(i => $$"""{"jsonrpc":"2.0","id":{{i}},"method":"{{method}}","params":{{parameters}}}""")) + "]";

    [Fact]
    public async Task Batch_AnswersOverTheResponseLimit_RestNotRunAndAnsweredResponseTooLarge()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxBatch = 100, MaxResponseBytes = 4_000 });
        var single = (await scope.PostAsync(Batch(1, "eth_getBlockByNumber", """["0x1", true]"""))).Body.Length;

        var (status, text) = await scope.PostAsync(Batch(50, "eth_getBlockByNumber", """["0x1", true]"""));

        Assert.Equal(HttpStatusCode.OK, status);
        var answers = JsonDocument.Parse(text).RootElement;
        Assert.Equal(50, answers.GetArrayLength());
        var full = answers.EnumerateArray().TakeWhile(answer => answer.TryGetProperty("result", out _)).Count();
        Assert.InRange(full, 1, (4_000 / (single - 2)) + 1);
        Assert.All(answers.EnumerateArray().Skip(full), answer =>
        {
            Assert.Equal(RpcErrorCodes.ResponseTooLarge, answer.GetProperty("error").GetProperty("code").GetInt32());
            Assert.Equal("response too large", answer.GetProperty("error").GetProperty("message").GetString());
        });
        Assert.Equal(Enumerable.Range(0, 50), answers.EnumerateArray().Select(answer => answer.GetProperty("id").GetInt32()));
        Assert.True(text.Length < 4_000 + single + (50 * 100), $"{text.Length} bytes");
    }

    [Fact]
    public async Task Batch_QueriesReadingMoreBlocksThanTheBudget_LaterOnesLimitExceeded()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxBatch = 10, MaxBlocksReadPerMessage = 5 });

        var answers = await scope.PostJsonAsync(Batch(4, "eth_getLogs", """[{"fromBlock":"0x0","toBlock":"0x1"}]"""));

        Assert.True(answers[0].TryGetProperty("result", out _));
        Assert.True(answers[1].TryGetProperty("result", out _));
        Assert.Equal(RpcErrorCodes.LimitExceeded, answers[2].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("at most 5 blocks", answers[2].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(RpcErrorCodes.LimitExceeded, answers[3].GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task FeeHistory_BatchOverTheBlockBudget_LimitExceeded()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0, MaxBatch = 10, MaxBlocksReadPerMessage = 4 });

        var answers = await scope.PostJsonAsync(Batch(3, "eth_feeHistory", """["0x3", "latest", [50]]"""));

        Assert.True(answers[0].TryGetProperty("result", out _));
        Assert.Equal(RpcErrorCodes.LimitExceeded, answers[1].GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Post_OnlyNotifications_EmptyBody()
    {
        await using var scope = await RpcServerScope.StartAsync(node, new RpcServerOptions { Port = 0 });

        var (status, text) = await scope.PostAsync("""[{"jsonrpc":"2.0","method":"eth_blockNumber"},{"jsonrpc":"2.0","method":"nope"}]""");
        var (singleStatus, single) = await scope.PostAsync("""{"jsonrpc":"2.0","method":"eth_blockNumber"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, text);
        Assert.Equal(HttpStatusCode.OK, singleStatus);
        Assert.Equal(string.Empty, single);
    }

    [Fact]
    public async Task Post_BatchWithANotification_OthersAnswered()
    {
        var (_, body) = await node.PostAsync("""[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","method":"eth_blockNumber"},{"jsonrpc":"2.0","id":3,"method":"eth_blockNumber"}]""");

        Assert.Equal([1, 3], body.EnumerateArray().Select(answer => answer.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Post_WithoutJsonRpcVersion_InvalidRequest()
    {
        var (_, body) = await node.PostAsync("""{"id":1,"method":"eth_chainId"}""");

        Assert.Equal(RpcErrorCodes.InvalidRequest, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(1, body.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("eth_getBlockByNumber", """["0x01", false]""")]
    [InlineData("eth_getBlockByNumber", """["0x00", false]""")]
    [InlineData("pn_getJob", """["0x0001"]""")]
    [InlineData("eth_getLogs", """[{"fromBlock":"0x01"}]""")]
    [InlineData("eth_call", """[{"to":"0x0000000000000000000000000000000000000b03","value":"0x00"}, "latest"]""")]
    public async Task Call_QuantityWithLeadingZeros_InvalidParams(string method, string parameters)
    {
        var (code, message) = await node.ErrorAsync(method, parameters);

        Assert.Equal(RpcErrorCodes.InvalidParams, code);
        Assert.Contains("hex number with leading zero digits", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_QuantityZero_Valid()
    {
        var block = await node.ResultAsync("eth_getBlockByNumber", """["0x0", false]""");

        Assert.Equal("0x0", block.GetProperty("number").GetString());
    }

    [Theory]
    [InlineData("eth_getBalance", """["0x00000000000000000000000000000000000000aa"]""", "argument 1")]
    [InlineData("eth_getTransactionCount", """["0x00000000000000000000000000000000000000aa"]""", "argument 1")]
    [InlineData("eth_getCode", """["0x00000000000000000000000000000000000000aa"]""", "argument 1")]
    [InlineData("eth_getBlockByNumber", """["0x1"]""", "argument 1")]
    [InlineData("eth_getBlockByHash", """["0x1111111111111111111111111111111111111111111111111111111111111111"]""", "argument 1")]
    [InlineData("eth_getBlockTransactionCountByNumber", """[]""", "argument 0")]
    [InlineData("eth_feeHistory", """["0x1"]""", "argument 1")]
    [InlineData("eth_feeHistory", """["0x1", "latest"]""", "argument 2")]
    public async Task Call_WithoutARequiredArgument_InvalidParams(string method, string parameters, string which)
    {
        var (code, message) = await node.ErrorAsync(method, parameters);

        Assert.Equal(RpcErrorCodes.InvalidParams, code);
        Assert.Contains("missing value for required " + which, message, StringComparison.Ordinal);
    }
}
