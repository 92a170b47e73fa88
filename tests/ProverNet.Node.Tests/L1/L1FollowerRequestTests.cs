using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;
using ProverNet.Node.Tests.Support;
using Xunit.Abstractions;

namespace ProverNet.Node.Tests.L1;

/// <summary>
/// What following L1 costs in HTTP requests to a real anvil, counted by a proxy in front of it: every request the
/// follower makes, head polls included, per L1 block without events — catching up, and at the tip.
/// </summary>
public sealed class L1FollowerRequestTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly L1Contracts Contracts = new(Filled(0xB1), Filled(0x5C), Filled(0x9A), Filled(0xF0), Filled(0xBA));
    private AnvilProcess? anvil;

    private AnvilProcess Anvil => anvil ?? throw new InvalidOperationException("anvil has not started");

    public async Task InitializeAsync() => anvil = await AnvilProcess.StartAsync(new AnvilOptions(), NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (anvil is not null)
        {
            await anvil.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(2u)]
    public async Task Follow_TwoHundredEmptyBlocksBehind_CatchesUpInFarFewerThanTwoRequestsPerBlock(uint confirmations)
    {
        var start = await HeadAsync();
        await Web3().Client.SendRequestAsync<object>(new RpcRequest(1, "anvil_mine", new HexBigInteger(200)));
        await using var proxy = new CountingProxy(Anvil.RpcUrl);
        await using var follower = Follower(proxy, start, confirmations);

        follower.Start();
        await WaitUntilFetchedAsync(follower, start.Number + 200 - confirmations, TimeSpan.FromSeconds(30));

        Report("catching up over 200 blocks", proxy, 200 - (int)confirmations);
        Assert.True(proxy.Requests <= 2 * 200, $"{proxy.Requests} requests");
        Assert.True(proxy.Requests <= 20, $"{proxy.Requests} requests: not read ahead in ranges");
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(2u)]
    public async Task Follow_OneEmptyBlockASecondAtTheTip_AtMostTwoRequestsPerBlock(uint confirmations)
    {
        var start = await HeadAsync();
        await Web3().Client.SendRequestAsync<object>(new RpcRequest(1, "anvil_mine", new HexBigInteger(5)));
        await using var proxy = new CountingProxy(Anvil.RpcUrl);
        await using var follower = Follower(proxy, start, confirmations);
        follower.Start();
        await WaitUntilFetchedAsync(follower, start.Number + 5 - confirmations, TimeSpan.FromSeconds(10));

        await Anvil.MineEveryAsync(1, CancellationToken.None);
        // The first new block sets the rhythm; the window counts every request after it.
        var first = await WaitUntilFetchedAsync(follower, follower.Status.LastFetched + 1, TimeSpan.FromSeconds(10));
        var before = proxy.Requests;
        var last = await WaitUntilFetchedAsync(follower, first + 10, TimeSpan.FromSeconds(30));
        var requests = proxy.Requests - before;

        output.WriteLine($"at the tip, confirmations {confirmations}: {requests} requests for {last - first} blocks ({(double)requests / (last - first):0.00} a block)");
        Report("in all", proxy, (int)(last - start.Number));
        Assert.True(requests <= 2 * (int)(last - first), $"{requests} requests for {last - first} blocks");
    }

    private static Address Filled(byte value) => new(Enumerable.Repeat(value, Address.Length).ToArray());

    private static async Task<ulong> WaitUntilFetchedAsync(L1Follower follower, ulong number, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (follower.Status.LastFetched < number)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }

        return follower.Status.LastFetched;
    }

    private L1Follower Follower(CountingProxy proxy, Derivation.L1BlockRef start, uint confirmations) => new(
        new JsonRpcL1Source(proxy.Url, TimeSpan.FromSeconds(5)),
        new L1Settings(Anvil.ChainId, confirmations, 64, start.Origin, Contracts),
        start.Origin,
        new L1ClientOptions(),
        TimeProvider.System,
        NullLogger.Instance);

    private async Task<Derivation.L1BlockRef> HeadAsync()
    {
        var source = new JsonRpcL1Source(Anvil.RpcUrl, TimeSpan.FromSeconds(5));
        return (await source.GetBlockByNumberAsync(await source.GetHeadNumberAsync(CancellationToken.None), CancellationToken.None))!.Value;
    }

    private void Report(string what, CountingProxy proxy, int blocks) =>
        output.WriteLine($"{what}: {proxy.Requests} HTTP requests for {blocks} blocks; calls {string.Join(", ", proxy.Calls.OrderBy(call => call.Key).Select(call => $"{call.Key} {call.Value}"))}");

    private Web3 Web3() => new(Anvil.RpcUrl.ToString());
}
