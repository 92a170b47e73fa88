using System.Net;
using System.Net.Sockets;
using Nethereum.Web3;
using ProverNet.Derivation;
using ProverNet.Node.L1;
using ProverNet.Node.Tests.Devnet;

namespace ProverNet.Node.Tests.L1;

[Collection(SharedAnvil.Name)]
public sealed class JsonRpcL1SourceTests(AnvilFixture fixture)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task GetHeadNumberAsync_Anvil_IsItsBlockNumber()
    {
        var source = new JsonRpcL1Source(fixture.Anvil.RpcUrl, CallTimeout);
        await MineAsync(1);

        var head = await source.GetHeadNumberAsync(CancellationToken.None);

        Assert.Equal((ulong)(await Web3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value, head);
    }

    [Fact]
    public async Task GetBlockByNumberAsync_MinedBlocks_FollowEachOtherByParentHash()
    {
        var source = new JsonRpcL1Source(fixture.Anvil.RpcUrl, CallTimeout);
        await MineAsync(2);
        var head = await source.GetHeadNumberAsync(CancellationToken.None);

        var parent = await source.GetBlockByNumberAsync(head - 1, CancellationToken.None);
        var child = await source.GetBlockByNumberAsync(head, CancellationToken.None);

        Assert.NotNull(parent);
        Assert.NotNull(child);
        Assert.Equal(head, child.Value.Number);
        Assert.Equal(parent.Value.Hash, child.Value.ParentHash);
        Assert.True(child.Value.Timestamp >= parent.Value.Timestamp);
        Assert.Null(await source.GetBlockByNumberAsync(head + 1_000, CancellationToken.None));
    }

    [Fact]
    public async Task L1Traversal_OverAnvil_TakesEachNewBlockInOrder()
    {
        var source = new JsonRpcL1Source(fixture.Anvil.RpcUrl, CallTimeout);
        var start = (await source.GetBlockByNumberAsync(await source.GetHeadNumberAsync(CancellationToken.None), CancellationToken.None))!.Value;
        var traversal = new L1Traversal(source, start, confirmations: 1);
        await MineAsync(4);

        var taken = new List<ulong>();
        while (await traversal.NextAsync(CancellationToken.None) is { } block)
        {
            taken.Add(block.Number);
        }

        Assert.Equal([start.Number + 1, start.Number + 2, start.Number + 3], taken);
    }

    [Fact]
    public async Task GetHeadNumberAsync_NothingListening_IsL1Unavailable()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var source = new JsonRpcL1Source(new Uri($"http://127.0.0.1:{port}"), CallTimeout);

        await Assert.ThrowsAsync<L1UnavailableException>(() => source.GetHeadNumberAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetHeadNumberAsync_L1NeverAnswers_IsL1UnavailableAtTheDeadline()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections, never answers
        var source = new JsonRpcL1Source(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<L1UnavailableException>(() => source.GetHeadNumberAsync(CancellationToken.None));

        Assert.Contains("no answer from L1 within 0.3 s", error.Message, StringComparison.Ordinal);
    }

    private Web3 Web3() => new(fixture.Anvil.RpcUrl.ToString());

    private async Task MineAsync(int blocks)
    {
        for (var i = 0; i < blocks; i++)
        {
            await Web3().Client.SendRequestAsync<string>("evm_mine");
        }
    }
}
