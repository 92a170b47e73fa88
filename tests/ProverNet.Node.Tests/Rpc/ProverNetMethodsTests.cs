using System.Text.Json;
using ProverNet.Chain;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Bridge;
using ProverNet.Chain.Execution;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Node.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Rpc;

public sealed class ProverNetMethodsTests(RpcTestNode node) : IClassFixture<RpcTestNode>
{
    [Fact]
    public async Task SyncStatus_HeadEverywhereAndPendingCount()
    {
        var status = await node.ResultAsync("pn_syncStatus");

        Assert.Equal("0x2", status.GetProperty("headNumber").GetString());
        Assert.Equal(node.Chain.Head.Hash.ToString(), status.GetProperty("headHash").GetString());
        Assert.Equal("0x2", status.GetProperty("finalized").GetString());
        Assert.Equal("0x0", status.GetProperty("pendingTransactions").GetString());
    }

    [Fact]
    public async Task GetJob_Unknown_NullAndBadIdInvalidParams()
    {
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("pn_getJob", """["0x3e7"]""")).ValueKind);
        Assert.Equal(RpcErrorCodes.InvalidParams, (await node.ErrorAsync("pn_getJob", """["x"]""")).Code);
    }

    [Fact]
    public async Task GetMarket_Class_ParametersReferencePriceAndOpenOrders()
    {
        var market = await node.ResultAsync("pn_getMarket", """["0x2"]""");

        Assert.Equal("groth16-standard", market.GetProperty("name").GetString());
        Assert.Equal("0x15180", market.GetProperty("maxOrderLifetimeSec").GetString());
        Assert.Equal("0x1", market.GetProperty("openBids").GetString());
        Assert.Equal("0x0", market.GetProperty("openOffers").GetString());
        Assert.StartsWith("0x", market.GetProperty("referencePrice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMarket_UnknownOrOutOfRange_NullOrInvalidParams()
    {
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("pn_getMarket", """["0x63"]""")).ValueKind);
        Assert.Equal(RpcErrorCodes.InvalidParams, (await node.ErrorAsync("pn_getMarket", """["0x100000000"]""")).Code);
    }

    [Fact]
    public async Task OutputAtBlock_Head_IsTheOutputRootOfItsHeader()
    {
        var output = await node.ResultAsync("pn_outputAtBlock", """["0x2"]""");

        Assert.Equal(OutputRoot.Of(node.Chain.Head).ToString(), output.GetProperty("outputRoot").GetString());
        Assert.Equal(Hex.Encode(OutputRoot.Preimage(node.Chain.Head)), output.GetProperty("preimage").GetString());
        Assert.Equal(JsonValueKind.Null, (await node.ResultAsync("pn_outputAtBlock", """["0x99"]""")).ValueKind);
    }

    [Fact]
    public async Task GetMessageProof_Withdrawal_ProofVerifiesAgainstTheHeadsMessagesRoot()
    {
        var withdrawing = new RpcTestNode();
        await withdrawing.InitializeAsync();
        try
        {
            var source = new QueueTransactionSource();
            var calldata = BridgeCalldata.Withdraw.Call(new AbiWriter().WriteAddress(RpcTestNode.Recipient));
            source.Enqueue(withdrawing.Sign(withdrawing.Requester, 2, SystemAddresses.Bridge, 5_000UL, calldata));
            var block = withdrawing.Processor.Produce(new BlockAttributes(1_700_000_010, default, []), source).Block;

            var proof = await withdrawing.ResultAsync("pn_getMessageProof", """["0x0"]""");

            var leaf = Hash256.Parse(proof.GetProperty("leaf").GetString()!);
            var siblings = proof.GetProperty("proof").EnumerateArray().Select(sibling => Hash256.Parse(sibling.GetString()!)).ToList();
            Assert.True(MessagesMerkleTree.Verify(siblings, block.Header.MessagesRoot, leaf));
            Assert.Equal(OutputRoot.Of(block).ToString(), proof.GetProperty("outputRoot").GetString());
            Assert.Equal(JsonValueKind.Null, (await withdrawing.ResultAsync("pn_getMessageProof", """["0x1"]""")).ValueKind);
        }
        finally
        {
            await withdrawing.DisposeAsync();
        }
    }
}
