using Nethereum.Web3;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class ChainMethodsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    [Fact]
    public async Task GetBalance_Recipient_TheTransferredWeiAsMinimalHex()
    {
        Assert.Equal("0x3e8", (await node.ResultAsync("eth_getBalance", """["0x00000000000000000000000000000000000000aa","latest"]""")).GetString());
        Assert.Equal("0x0", (await node.ResultAsync("eth_getBalance", """["0x00000000000000000000000000000000000000bb","latest"]""")).GetString());
    }

    [Fact]
    public async Task GetBalance_OldBlock_ServerErrorSayingOnlyTheHeadIsKept()
    {
        var (code, message) = await node.ErrorAsync("eth_getBalance", """["0x00000000000000000000000000000000000000aa","0x1"]""");

        Assert.Equal(RpcErrorCodes.ServerError, code);
        Assert.Contains("only of the head 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTransactionCount_LatestAndPending_CommittedNonceAndPoolNonce()
    {
        var address = $"\"{node.Requester.Address}\"";

        Assert.Equal("0x2", (await node.ResultAsync("eth_getTransactionCount", $"[{address},\"latest\"]")).GetString());
        Assert.Equal("0x2", (await node.ResultAsync("eth_getTransactionCount", $"[{address},\"pending\"]")).GetString());
    }

    [Fact]
    public async Task Fees_GasPriceIsNextBaseFeePlusTip()
    {
        var tip = (await node.ResultAsync("eth_maxPriorityFeePerGas")).GetString();
        var gasPrice = Convert.ToUInt64((await node.ResultAsync("eth_gasPrice")).GetString(), 16);

        Assert.Equal(RpcJson.Quantity(FeeSuggestion.PriorityFeePerGas), tip);
        Assert.Equal((ulong)(FeeSuggestion.NextBaseFee(node.Chain) + FeeSuggestion.PriorityFeePerGas), gasPrice);
    }

    [Fact]
    public async Task FeeHistory_TwoBlocksWithPercentiles_BaseFeesRatiosAndTips()
    {
        var result = await node.ResultAsync("eth_feeHistory", """["0x2","latest",[25,75]]""");

        Assert.Equal("0x1", result.GetProperty("oldestBlock").GetString());
        Assert.Equal(3, result.GetProperty("baseFeePerGas").GetArrayLength());
        Assert.Equal(2, result.GetProperty("gasUsedRatio").GetArrayLength());
        Assert.True(result.GetProperty("gasUsedRatio")[0].GetDouble() > 0);
        Assert.Equal(RpcJson.Quantity(RpcTestNode.Tip), result.GetProperty("reward")[0][0].GetString());
        Assert.Equal("0x0", result.GetProperty("reward")[1][1].GetString());
    }

    [Theory]
    [InlineData("""["0x0","latest"]""")]
    [InlineData("""["0x1","latest",[50,10]]""")]
    public async Task FeeHistory_BadArguments_InvalidParams(string parameters)
    {
        Assert.Equal(RpcErrorCodes.InvalidParams, (await node.ErrorAsync("eth_feeHistory", parameters)).Code);
    }

    [Fact]
    public async Task Identity_ChainIdNetVersionClient()
    {
        Assert.Equal(node.Chain.Genesis.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture), (await node.ResultAsync("net_version")).GetString());
        Assert.StartsWith("ProverNet/v", (await node.ResultAsync("web3_clientVersion")).GetString(), StringComparison.Ordinal);
        Assert.Equal("0x", (await node.ResultAsync("eth_getCode", """["0x0000000000000000000000000000000000000b01","latest"]""")).GetString());
    }

    [Fact]
    public async Task NethereumWeb3_ReadsChainIdBlockNumberBalanceAndReceipt()
    {
        var web3 = new Web3(node.Server.HttpUrl.ToString());

        var chainId = await web3.Eth.ChainId.SendRequestAsync();
        var blockNumber = await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync();
        var balance = await web3.Eth.GetBalance.SendRequestAsync(RpcTestNode.Recipient.ToString());
        var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(node.Bid.Hash.ToString());
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new Nethereum.Hex.HexTypes.HexBigInteger(1));

        Assert.Equal(node.Chain.Genesis.ChainId, (ulong)chainId.Value);
        Assert.Equal(2, (int)blockNumber.Value);
        Assert.Equal(1_000, (int)balance.Value);
        Assert.Equal(1, (int)receipt.Status.Value);
        Assert.Equal(node.Requester.Address.ToString(), receipt.From, ignoreCase: true);
        Assert.Equal(node.BidBlock.Block.Body.TransactionCount, block.Transactions.Length);
    }
}
