using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using ProverNet.Derivation;
using ProverNet.Node.L1.Transactions;
using ProverNet.Node.Tests.Rpc;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>Sends while L1 is unreachable: not at all, briefly (within the patience), or for longer than the patience.</summary>
public sealed class L1TransactionManagerOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);
    private static readonly L1TransactionOptions ShortPatience = TestSenders.Fast with { L1Patience = Patience };

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsL1UnavailableOnceThePatienceIsOver()
    {
        using var manager = TestSenders.Create(ClosedPortUrl(), 0, ShortPatience);
        var waited = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<L1UnavailableException>(() => manager.SendAsync(TestSenders.Batch(100), CancellationToken.None));

        Assert.InRange(waited.Elapsed, Patience, Patience + TimeSpan.FromSeconds(3));
        Assert.Contains("L1 unreachable for", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_L1SeveredAfterTheBroadcastForLessThanThePatience_ReturnsTheInclusion()
    {
        await using var chain = await AnvilChain.StartAsync(automine: false);
        await using var proxy = new SeveringProxy(chain.RpcUrl);
        using var logs = new CapturingLoggerProvider();
        using var manager = TestSenders.Create(proxy.Url, 0, TestSenders.Fast with { L1Patience = TimeSpan.FromSeconds(5) }, logs.CreateLogger("sender"));

        var sending = manager.SendAsync(TestSenders.Batch(100), CancellationToken.None);
        var sent = await chain.WaitForPendingAsync();
        proxy.Sever();
        await chain.MineAsync();
        await Task.Delay(500);
        proxy.Restore();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(sent.Hash, receipt.TransactionHash);
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("L1 unreachable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_L1SeveredAfterTheBroadcastForLongerThanThePatience_ThrowsL1Unavailable()
    {
        await using var chain = await AnvilChain.StartAsync(automine: false);
        await using var proxy = new SeveringProxy(chain.RpcUrl);
        using var manager = TestSenders.Create(proxy.Url, 0, ShortPatience);

        var sending = manager.SendAsync(TestSenders.Batch(100), CancellationToken.None);
        await chain.WaitForPendingAsync();
        proxy.Sever();

        await Assert.ThrowsAsync<L1UnavailableException>(() => sending.WaitAsync(Patience + TimeSpan.FromSeconds(3)));
    }

    private static Uri ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
