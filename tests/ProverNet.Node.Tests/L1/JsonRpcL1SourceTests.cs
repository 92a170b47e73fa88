using System.Net;
using System.Net.Sockets;
using Nethereum.Web3;
using ProverNet.Core;
using ProverNet.Derivation;
using ProverNet.Node.L1;
using ProverNet.Node.Tests.Devnet;

namespace ProverNet.Node.Tests.L1;

[Collection(SharedAnvil.Name)]
public sealed class JsonRpcL1SourceTests(AnvilFixture fixture)
{
    private const string DevAccount = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"; // anvil's first account, unlocked
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
        var traversal = new L1Traversal(source, start.Origin, confirmations: 1);
        await MineAsync(4);

        var taken = new List<ulong>();
        while (await traversal.NextRangeAsync(CancellationToken.None) is { Count: > 0 } range)
        {
            taken.AddRange(range.Select(header => header.Block.Number));
        }

        Assert.Equal([start.Number + 1, start.Number + 2, start.Number + 3], taken);
    }

    [Fact]
    public async Task GetHeadersAsync_PastTheHead_TheHeadAndTheBlocksAnvilHasWithTheirBlooms()
    {
        var source = new JsonRpcL1Source(fixture.Anvil.RpcUrl, CallTimeout);
        var emitter = await DeployEmitterAsync(Keccak256.Hash("Pinged()"u8));
        await MineAsync(1);
        await SendAsync(emitter);
        var head = await source.GetHeadNumberAsync(CancellationToken.None);

        var read = await source.GetHeadersAsync(head - 1, head + 5, CancellationToken.None);

        Assert.Equal(head, read.Head);
        Assert.Equal([head - 1, head], read.Blocks.Select(header => header.Block.Number));
        Assert.Equal(read.Blocks[0].Block.Hash, read.Blocks[1].Block.ParentHash);
        Assert.Equal(await source.GetBlockByNumberAsync(head, CancellationToken.None), read.Blocks[1].Block);
        Assert.False(read.Blocks[0].LogsBloom.MayContain(emitter)); // an empty block
        Assert.True(read.Blocks[1].LogsBloom.MayContain(emitter));
        Assert.False(read.Blocks[1].LogsBloom.MayContain(Address.Parse(DevAccount)));
    }

    [Fact]
    public async Task GetLogsAsync_ContractEmittedInTwoBlocks_ReturnsItsLogsInOrderAndNotOthers()
    {
        var source = new JsonRpcL1Source(fixture.Anvil.RpcUrl, CallTimeout);
        var topic = Keccak256.Hash("Pinged()"u8);
        var emitter = await DeployEmitterAsync(topic);
        var other = await DeployEmitterAsync(Keccak256.Hash("Other()"u8));
        var from = await source.GetHeadNumberAsync(CancellationToken.None) + 1;
        await SendAsync(emitter);
        await SendAsync(other);
        await SendAsync(emitter);
        var to = await source.GetHeadNumberAsync(CancellationToken.None);

        var logs = await source.GetLogsAsync(from, to, [emitter], CancellationToken.None);

        Assert.Equal(2, logs.Count);
        Assert.All(logs, log => Assert.Equal((emitter, topic), (log.Address, Assert.Single(log.Topics))));
        Assert.True(logs[0].BlockNumber < logs[1].BlockNumber);
        var block = await source.GetBlockByNumberAsync(logs[0].BlockNumber, CancellationToken.None);
        Assert.Equal(block!.Value.Hash, logs[0].BlockHash);
        Assert.Empty(logs[0].Data);
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

    // A contract whose every call emits one log with the given topic and no data: runtime PUSH32 topic, PUSH1 0,
    // PUSH1 0, LOG1, STOP, behind an init code that copies it out and returns it.
    private async Task<Address> DeployEmitterAsync(Hash256 topic)
    {
        var runtime = "7f" + topic.ToString()[2..] + "60006000a100";
        var init = "0x602780600b6000396000f3" + runtime;
        var hash = await Web3().Client.SendRequestAsync<string>("eth_sendTransaction", null, new { from = DevAccount, data = init });
        return Address.Parse((await ReceiptAsync(hash)).ContractAddress);
    }

    private async Task SendAsync(Address contract)
    {
        var hash = await Web3().Client.SendRequestAsync<string>("eth_sendTransaction", null, new { from = DevAccount, to = contract.ToString() });
        Assert.Equal(1UL, (ulong)(await ReceiptAsync(hash)).Status.Value);
    }

    // anvil answers eth_sendTransaction with the hash and may mine its block a moment later (seen on a busy machine).
    private async Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> ReceiptAsync(string hash)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await Web3().Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash) is { } receipt)
            {
                return receipt;
            }

            Assert.True(attempt < 100, $"no receipt for {hash} after 5 s");
            await Task.Delay(50);
        }
    }

    private async Task MineAsync(int blocks)
    {
        for (var i = 0; i < blocks; i++)
        {
            await Web3().Client.SendRequestAsync<string>("evm_mine");
        }
    }
}
