using Nethereum.ABI.FunctionEncoding;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class CallMethodsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private static string Market => SystemAddresses.Market.ToString();

    [Fact]
    public async Task EstimateGas_Bid_EqualsTheGasTheBlockCharged()
    {
        var data = Hex.Encode(MarketCalldataEncoder.Encode(RpcTestNode.SampleBid()));
        var charged = node.BidBlock.Receipts[node.BidBlock.Block.Body.TransactionHashes.ToList().IndexOf(node.Bid.Hash)].GasUsed;

        var estimate = await node.ResultAsync("eth_estimateGas", $$"""[{"from":"{{node.Requester.Address}}","to":"{{Market}}","data":"{{data}}"}]""");

        Assert.Equal(RpcJson.Quantity(charged), estimate.GetString());
    }

    [Fact]
    public async Task EstimateGas_BidWithoutFunds_RevertCode3WithReasonAndData()
    {
        var data = Hex.Encode(MarketCalldataEncoder.Encode(RpcTestNode.SampleBid()));

        var response = await node.CallAsync("eth_estimateGas", $$"""[{"from":"0x00000000000000000000000000000000000000cc","to":"{{Market}}","data":"{{data}}"}]""");

        var error = response.GetProperty("error");
        Assert.Equal(RpcErrorCodes.ExecutionReverted, error.GetProperty("code").GetInt32());
        Assert.StartsWith("execution reverted: insufficient balance for escrow", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("0x08c379a0", error.GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EstimateGas_NeverExpiringBid_RevertCode3NamingTheLifetime()
    {
        var data = Hex.Encode(MarketCalldataEncoder.Encode(RpcTestNode.SampleBid() with { Deadline = ulong.MaxValue }));

        var (code, message) = await node.ErrorAsync("eth_estimateGas", $$"""[{"from":"{{node.Requester.Address}}","to":"{{Market}}","data":"{{data}}"}]""");

        Assert.Equal(RpcErrorCodes.ExecutionReverted, code);
        Assert.StartsWith($"execution reverted: deadline {ulong.MaxValue} is after ", message, StringComparison.Ordinal);
        Assert.Contains("+ maxOrderLifetimeSec 86400 + proving window 120 s", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_SubmitBid_ReturnsTheNextBidId()
    {
        var data = Hex.Encode(MarketCalldataEncoder.Encode(RpcTestNode.SampleBid()));

        var result = await node.ResultAsync("eth_call", $$"""[{"from":"{{node.Requester.Address}}","to":"{{Market}}","data":"{{data}}"},"latest"]""");

        Assert.Equal(66, result.GetString()!.Length);
        Assert.NotEqual(0, Convert.ToInt64(result.GetString(), 16));
    }

    [Fact]
    public async Task Call_GetClassView_DecodesWithTheCompiledAbi()
    {
        var abi = ContractArtifacts.Load("IProverMarket").Abi;
        var function = new Nethereum.ABI.ABIDeserialisation.ABIJsonDeserialiser().DeserialiseContract(abi).Functions.Single(f => f.Name == "getClass");
        var data = Hex.Encode(MarketViews.GetClass.Call(new AbiWriter().WriteUInt(2)));

        var result = await node.ResultAsync("eth_call", $$"""[{"to":"{{Market}}","data":"{{data}}"}]""");

        var decoded = new FunctionCallDecoder().DecodeDefaultData(result.GetString(), function.OutputParameters);
        var fields = (List<ParameterOutput>)decoded[0].Result;
        Assert.Equal(2, (int)(System.Numerics.BigInteger)fields[0].Result);
    }

    [Fact]
    public async Task Call_UnknownBidView_RevertCode3()
    {
        var data = Hex.Encode(MarketViews.GetBid.Call(new AbiWriter().WriteUInt(999)));

        var (code, message) = await node.ErrorAsync("eth_call", $$"""[{"to":"{{Market}}","data":"{{data}}"}]""");

        Assert.Equal(RpcErrorCodes.ExecutionReverted, code);
        Assert.Equal("execution reverted: unknown bid 999", message);
    }

    [Fact]
    public async Task Call_ParamsView_AndAnAccountWithoutCode()
    {
        var data = Hex.Encode(Chain.Parameters.ParamsViews.SlashBps.Call(new AbiWriter()));

        var slash = await node.ResultAsync("eth_call", $$"""[{"to":"{{SystemAddresses.Params}}","data":"{{data}}"}]""");
        var empty = await node.ResultAsync("eth_call", """[{"to":"0x00000000000000000000000000000000000000aa","data":"0x1234"}]""");

        Assert.Equal(node.Chain.Parameters.SlashBps, Convert.ToUInt64(slash.GetString(), 16));
        Assert.Equal("0x", empty.GetString());
    }

    [Theory]
    [InlineData("""[{"data":"0x00"}]""", RpcErrorCodes.ServerError, "contract creation is not supported")]
    [InlineData("""[{"to":"0x00000000000000000000000000000000000000aa","data":"0x12"}]""", RpcErrorCodes.ServerError, "no contract at")]
    [InlineData("""[{"to":"0x0000000000000000000000000000000000000b03","data":"0x12"}]""", RpcErrorCodes.ServerError, "Params has no state-changing")]
    [InlineData("""[{"to":"0x0000000000000000000000000000000000000b01","data":"0x12345678"}]""", RpcErrorCodes.ExecutionReverted, "invalid calldata")]
    [InlineData("""[{"to":"0x0000000000000000000000000000000000000b01","data":"0x12","input":"0x34"}]""", RpcErrorCodes.InvalidParams, "both data and input")]
    [InlineData("""["0x12"]""", RpcErrorCodes.InvalidParams, "expected an object")]
    public async Task EstimateGas_NotATransaction_ErrorSayingWhy(string parameters, int code, string reason)
    {
        var error = await node.ErrorAsync("eth_estimateGas", parameters);

        Assert.Equal(code, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendRawTransaction_Accepted_ReturnsTheHash()
    {
        var transaction = node.Sign(node.Requester, 2, RpcTestNode.Recipient, 1UL, []);

        var hash = await node.ResultAsync("eth_sendRawTransaction", $"[\"{Hex.Encode(transaction.Raw.Span)}\"]");

        Assert.Equal(transaction.Hash.ToString(), hash.GetString());
    }

    [Theory]
    [InlineData(0UL, "nonce too low")]
    public async Task SendRawTransaction_PoolRefuses_ServerErrorWithThePoolsMessage(ulong nonce, string message)
    {
        var transaction = node.Sign(node.Requester, nonce, RpcTestNode.Recipient, 1UL, []);

        var error = await node.ErrorAsync("eth_sendRawTransaction", $"[\"{Hex.Encode(transaction.Raw.Span)}\"]");

        Assert.Equal((RpcErrorCodes.ServerError, message), error);
    }

    [Fact]
    public async Task SendRawTransaction_UndecodableBytes_ServerErrorSayingInvalid()
    {
        var (code, message) = await node.ErrorAsync("eth_sendRawTransaction", """["0x02c0"]""");

        Assert.Equal(RpcErrorCodes.ServerError, code);
        Assert.StartsWith("invalid transaction", message, StringComparison.Ordinal);
    }
}
