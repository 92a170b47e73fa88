using System.Net;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class RpcEndpointTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    [Fact]
    public async Task Post_MalformedJson_ParseError()
    {
        var (status, body) = await node.PostAsync("{\"jsonrpc\":\"2.0\",");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(RpcErrorCodes.ParseError, body.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Post_OversizedBody_Http413WithJsonRpcError()
    {
        var (status, body) = await node.PostAsync($$"""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":["{{new string('a', 70_000)}}"]}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(RpcErrorCodes.InvalidRequest, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("65536-byte limit", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyBatch_InvalidRequest()
    {
        var (_, body) = await node.PostAsync("[]");

        Assert.Equal(RpcErrorCodes.InvalidRequest, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("empty batch", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_BatchOverTheLimit_OneError()
    {
        var requests = string.Join(',', Enumerable.Range(0, 11).Select(i => $$"""{"jsonrpc":"2.0","id":{{i}},"method":"eth_chainId"}"""));

        var (_, body) = await node.PostAsync($"[{requests}]");

        Assert.Equal(RpcErrorCodes.InvalidRequest, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("batch of 11 requests exceeds the limit of 10", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Batch_AnswersEachInOrderWithItsOwnError()
    {
        var (_, body) = await node.PostAsync("""[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":"two","method":"nope"},{"jsonrpc":"2.0","id":3,"method":"eth_blockNumber","params":[]}]""");

        Assert.Equal(3, body.GetArrayLength());
        Assert.Equal("0x" + node.Chain.Genesis.ChainId.ToString("x", System.Globalization.CultureInfo.InvariantCulture), body[0].GetProperty("result").GetString());
        Assert.Equal("two", body[1].GetProperty("id").GetString());
        Assert.Equal(RpcErrorCodes.MethodNotFound, body[1].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("0x2", body[2].GetProperty("result").GetString());
    }

    [Fact]
    public async Task Post_UnknownMethod_MethodNotFoundNamingIt()
    {
        var (code, message) = await node.ErrorAsync("eth_mine");

        Assert.Equal(RpcErrorCodes.MethodNotFound, code);
        Assert.Equal("the method eth_mine does not exist/is not available", message);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1}""", "method must be a string")]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"eth_chainId"}""", "jsonrpc must be")]
    [InlineData("""{"jsonrpc":"2.0","id":{},"method":"eth_chainId"}""", "id must be")]
    [InlineData("""42""", "expected an object")]
    public async Task Post_NotARequest_InvalidRequest(string request, string reason)
    {
        var (_, body) = await node.PostAsync(request);

        Assert.Equal(RpcErrorCodes.InvalidRequest, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains(reason, body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ParamsNotAnArray_InvalidParams()
    {
        var (_, body) = await node.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":{"address":"0x00"}}""");

        Assert.Equal(RpcErrorCodes.InvalidParams, body.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("eth_getBalance", """[42, "latest"]""", "invalid argument 0 (address): expected a string")]
    [InlineData("eth_getBalance", """["0x1234", "latest"]""", "invalid argument 0 (address)")]
    [InlineData("eth_getBalance", """["0x00000000000000000000000000000000000000aa", "newest"]""", "invalid argument 1 (block)")]
    [InlineData("eth_getBlockByNumber", """["0xzz", false]""", "'z' is not a hex digit")]
    [InlineData("eth_getBlockByNumber", """["0x1", "yes"]""", "invalid argument 1 (fullTransactions): expected a boolean")]
    [InlineData("eth_getTransactionReceipt", """["0x12"]""", "a hash is 32 bytes")]
    [InlineData("eth_getTransactionReceipt", """[]""", "missing value for required argument 0")]
    [InlineData("eth_chainId", """[1]""", "too many arguments, want at most 0")]
    [InlineData("eth_sendRawTransaction", """["not hex"]""", "invalid argument 0 (transaction): hex must start with 0x")]
    public async Task Call_WrongParameter_InvalidParamsSayingWhichAndWhy(string method, string parameters, string reason)
    {
        var (code, message) = await node.ErrorAsync(method, parameters);

        Assert.Equal(RpcErrorCodes.InvalidParams, code);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NotPost_Http405()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(node.Server.HttpUrl);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_RequestWithNullId_AnsweredWithNullId()
    {
        var (_, body) = await node.PostAsync("""{"jsonrpc":"2.0","id":null,"method":"eth_blockNumber"}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("id").ValueKind);
        Assert.Equal("0x2", body.GetProperty("result").GetString());
    }
}
