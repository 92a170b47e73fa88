using System.Text.Json;
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
}
