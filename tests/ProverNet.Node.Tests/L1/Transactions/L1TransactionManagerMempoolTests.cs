using Microsoft.Extensions.Logging;
using ProverNet.Node.Devnet;
using ProverNet.Node.Tests.Rpc;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>
/// Sends through an anvil of each test's own that mines only when the test says, so that the test can do to the
/// transaction what a mempool or a reorg does: drop it, price it out, replace it, undo its block.
/// </summary>
public sealed class L1TransactionManagerMempoolTests : IAsyncLifetime, IDisposable
{
    private const ulong Gwei = 1_000_000_000;
    private readonly CapturingLoggerProvider logs = new();
    private AnvilChain chain = null!;

    public async Task InitializeAsync() => chain = await AnvilChain.StartAsync(automine: false);

    public async Task DisposeAsync() => await chain.DisposeAsync();

    public void Dispose() => logs.Dispose();

    [Fact]
    public async Task SendAsync_DroppedFromTheMempool_IsBroadcastAgainAndIncluded()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0, logger: logs.CreateLogger("sender"));

        var sending = manager.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        var sent = await chain.WaitForPendingAsync();
        await chain.DropAsync(sent.Hash);
        var again = await chain.WaitForPendingAsync();
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(sent, again); // the same signed bytes
        Assert.Equal(sent.Hash, receipt.TransactionHash);
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("broadcasting it again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NotIncludedWithinTheResubmissionTimeout_IsReplacedWithBumpedFeesOnTheSameNonce()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0, TestSenders.Fast with { ResubmissionTimeout = TimeSpan.FromSeconds(1) }, logs.CreateLogger("sender"));

        var sending = manager.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        var first = await chain.WaitForPendingAsync();
        var replacement = await chain.WaitForPendingAsync(except: first.Hash);
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(first.Nonce, replacement.Nonce);
        Assert.True(replacement.MaxFeePerGas * 100 >= first.MaxFeePerGas * 110, $"fee cap {first.MaxFeePerGas} -> {replacement.MaxFeePerGas}");
        Assert.True(replacement.MaxPriorityFeePerGas * 100 >= first.MaxPriorityFeePerGas * 110, $"tip {first.MaxPriorityFeePerGas} -> {replacement.MaxPriorityFeePerGas}");
        Assert.Equal(replacement.Hash, receipt.TransactionHash);
        Assert.Null(await chain.ReceiptAsync(first.Hash));
        Assert.Equal(first.Nonce + 1, await chain.NonceAsync(manager.From));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("replacing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_BaseFeeRisesPastItsFeeCap_IsRepricedAtTheNewBaseFeeAndIncludedOnce()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0);

        var sending = manager.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        var cheap = await chain.WaitForPendingAsync();
        await chain.SetNextBaseFeeAsync(100 * Gwei);
        await chain.MineAsync(); // anvil evicts what cannot pay the new base fee
        var repriced = await chain.WaitForPendingAsync(except: cheap.Hash);
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(cheap.MaxFeePerGas < 100 * Gwei);
        Assert.True(repriced.MaxFeePerGas > 2 * 87 * Gwei, $"fee cap {repriced.MaxFeePerGas}"); // twice the base fee after an empty 100-gwei block
        Assert.Equal(repriced.Hash, receipt.TransactionHash);
        Assert.True(receipt.EffectiveGasPrice.ToBigInteger() > 87 * Gwei);
        Assert.Equal(cheap.Nonce + 1, await chain.NonceAsync(manager.From));
    }

    [Fact]
    public async Task SendAsync_ReorganizedOutAfterInclusion_IsBroadcastAgainAndReturnsTheNewInclusion()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0, TestSenders.Fast with { Confirmations = 2 }, logs.CreateLogger("sender"));

        var sending = manager.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        var sent = await chain.WaitForPendingAsync();
        await chain.MineAsync();
        var first = (await chain.ReceiptAsync(sent.Hash))!;
        await chain.ReorgAsync(depth: 1);
        Assert.Null(await chain.ReceiptAsync(sent.Hash));
        await chain.WaitForPendingAsync();
        await chain.MineAsync(2);
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(sent.Hash, receipt.TransactionHash);
        Assert.Equal((ulong)first.BlockNumber.Value + 1, receipt.BlockNumber);
        Assert.NotEqual(first.BlockHash, receipt.BlockHash.ToString());
        Assert.Equal(sent.Nonce + 1, await chain.NonceAsync(manager.From));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("reorganized out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NewManagerWhileItsPredecessorsTransactionIsPending_TakesTheNextNonceAndBothAreIncluded()
    {
        using var predecessor = TestSenders.Create(chain.RpcUrl, 0);
        using var killed = new CancellationTokenSource();
        var abandoned = predecessor.SendAsync(TestSenders.Batch(500), killed.Token);
        var left = await chain.WaitForPendingAsync();
        await killed.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        using var successor = TestSenders.Create(chain.RpcUrl, 0);

        var sending = successor.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        await AnvilChain.WaitUntilAsync(async () => (await chain.PendingAsync()).Count == 2, "the successor's transaction beside the predecessor's");
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(left.Nonce + 1, (ulong)(await chain.TransactionAsync(receipt.TransactionHash))!.Nonce.Value);
        Assert.Equal(1UL, (ulong)(await chain.ReceiptAsync(left.Hash))!.Status.Value);
        Assert.Equal(left.Nonce + 2, await chain.NonceAsync(successor.From));
    }

    [Fact]
    public async Task SendAsync_NonceTakenByAnotherTransactionFromTheKey_IsSignedAgainWithTheNextNonce()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0, logger: logs.CreateLogger("sender"));
        var sending = manager.SendAsync(TestSenders.Batch(500), CancellationToken.None);
        var ours = await chain.WaitForPendingAsync();

        // The same key elsewhere (anvil holds it too) replaces ours in the mempool, and that one is mined.
        var other = await chain.SendUnsignedAsync(new
        {
            from = DevAccounts.All[0].Address.ToString(),
            to = TestSenders.Inbox.ToString(),
            nonce = $"0x{ours.Nonce:x}",
            maxFeePerGas = $"0x{ours.MaxFeePerGas * 2:x}",
            maxPriorityFeePerGas = $"0x{ours.MaxPriorityFeePerGas * 2:x}",
        });
        await chain.MineAsync();
        var resigned = await chain.WaitForPendingAsync(except: ours.Hash);
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1UL, (ulong)(await chain.ReceiptAsync(other))!.Status.Value);
        Assert.Equal(ours.Nonce + 1, resigned.Nonce);
        Assert.Equal(resigned.Hash, receipt.TransactionHash);
        Assert.Null(await chain.ReceiptAsync(ours.Hash));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("fresh nonce", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_TwoAtOnce_BroadcastsTheSecondOnlyOnceTheFirstIsIncluded()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0);

        var first = manager.SendAsync(TestSenders.Batch(100), CancellationToken.None);
        var second = manager.SendAsync(TestSenders.Batch(200), CancellationToken.None);
        var firstSent = await chain.WaitForPendingAsync();
        await Task.Delay(300);
        Assert.Single(await chain.PendingAsync());
        await chain.MineAsync();
        await first.WaitAsync(TimeSpan.FromSeconds(5));
        var secondSent = await chain.WaitForPendingAsync();
        await chain.MineAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(firstSent.Nonce + 1, secondSent.Nonce);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaitingForInclusion_ThrowsOperationCanceled()
    {
        using var manager = TestSenders.Create(chain.RpcUrl, 0);
        using var cancel = new CancellationTokenSource();

        var sending = manager.SendAsync(TestSenders.Batch(100), cancel.Token);
        await chain.WaitForPendingAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(2)));
    }
}
