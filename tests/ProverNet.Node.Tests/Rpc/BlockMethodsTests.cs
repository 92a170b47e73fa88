using System.Text.Json;
using ProverNet.Chain.Blocks;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class BlockMethodsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    private static readonly string[] BlockFields =
    [
        "number", "hash", "parentHash", "nonce", "mixHash", "sha3Uncles", "logsBloom", "transactionsRoot", "stateRoot",
        "receiptsRoot", "miner", "difficulty", "totalDifficulty", "extraData", "size", "gasLimit", "gasUsed", "timestamp",
        "transactions", "uncles", "baseFeePerGas",
    ];

    [Fact]
    public async Task GetBlockByNumber_BidBlock_AllEthereumFieldsAndHashes()
    {
        var block = await node.ResultAsync("eth_getBlockByNumber", """["0x1",false]""");

        foreach (var field in BlockFields)
        {
            Assert.True(block.TryGetProperty(field, out _), field);
        }

        Assert.Equal(node.BidBlock.Block.Hash.ToString(), block.GetProperty("hash").GetString());
        Assert.Equal("0x0000000000000000", block.GetProperty("nonce").GetString());
        Assert.Equal(BlockJson.EmptyUnclesHash.ToString(), block.GetProperty("sha3Uncles").GetString());
        Assert.Equal(node.Chain.Genesis.Rollup.Sequencer.ToString(), block.GetProperty("miner").GetString());
        Assert.Equal(node.Bid.Hash.ToString(), block.GetProperty("transactions")[IndexOf(node.BidBlock.Block, node.Bid.Hash)].GetString());
        Assert.NotEqual(new string('0', 512), block.GetProperty("logsBloom").GetString()![2..]);
    }

    [Fact]
    public async Task GetBlockByHash_Full_TransactionObjectsIncludingSystemOnes()
    {
        var hash = node.BidBlock.Block.Hash;

        var block = await node.ResultAsync("eth_getBlockByHash", $"[\"{hash}\",true]");

        var transactions = block.GetProperty("transactions").EnumerateArray().ToList();
        var bid = transactions.Single(t => t.GetProperty("hash").GetString() == node.Bid.Hash.ToString());
        Assert.Equal("0x2", bid.GetProperty("type").GetString());
        Assert.Equal(node.Requester.Address.ToString(), bid.GetProperty("from").GetString());
        Assert.Equal(hash.ToString(), bid.GetProperty("blockHash").GetString());
        Assert.True(bid.TryGetProperty("yParity", out _));
        Assert.Equal(JsonValueKind.Array, bid.GetProperty("accessList").ValueKind);
        Assert.All(transactions.Where(t => t.GetProperty("type").GetString() == "0x7e"),
            system => Assert.Equal(TransactionJson.SystemSender.ToString(), system.GetProperty("from").GetString()));
    }

    [Fact]
    public async Task Unknown_BlockTransactionReceipt_Null()
    {
        var unknown = "\"0x" + new string('1', 64) + "\"";

        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("eth_getBlockByNumber", """["0x99",false]""")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("eth_getBlockByHash", $"[{unknown},false]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("eth_getTransactionByHash", $"[{unknown}]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("eth_getTransactionReceipt", $"[{unknown}]")).ValueKind);
    }

    [Fact]
    public async Task GetTransactionReceipt_Bid_StatusGasLogsWithBlockWideIndexes()
    {
        var receipt = await node.ResultAsync("eth_getTransactionReceipt", $"[\"{node.Bid.Hash}\"]");
        var stored = node.BidBlock.Receipts[IndexOf(node.BidBlock.Block, node.Bid.Hash)];

        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        Assert.Equal(RpcJson.Quantity(stored.GasUsed), receipt.GetProperty("gasUsed").GetString());
        Assert.Equal(RpcJson.Quantity(stored.EffectiveGasPrice.Wei), receipt.GetProperty("effectiveGasPrice").GetString());
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("contractAddress").ValueKind);
        Assert.Equal("0x0000000000000000000000000000000000000b01", receipt.GetProperty("to").GetString());
        var log = receipt.GetProperty("logs")[0];
        Assert.Equal(node.Bid.Hash.ToString(), log.GetProperty("transactionHash").GetString());
        Assert.False(log.GetProperty("removed").GetBoolean());
        Assert.False(receipt.TryGetProperty("revertReason", out _));
    }

    [Fact]
    public async Task GetTransactionByHash_Pending_NullBlockFields()
    {
        var pending = node.Sign(node.Requester, 2, RpcTestNode.Recipient, 5UL, []);
        await node.ResultAsync("eth_sendRawTransaction", $"[\"{ProverNet.Core.Hex.Encode(pending.Raw.Span)}\"]");

        var transaction = await node.ResultAsync("eth_getTransactionByHash", $"[\"{pending.Hash}\"]");

        Assert.Equal(JsonValueKind.Null, transaction.GetProperty("blockHash").ValueKind);
        Assert.Equal("0x2", transaction.GetProperty("nonce").GetString());
    }

    private static int IndexOf(Block block, ProverNet.Core.Hash256 hash) => block.Body.TransactionHashes.ToList().IndexOf(hash);
}
