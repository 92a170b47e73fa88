namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>Sends with a fee cap limit below what the market asks: the sender never signs above the limit.</summary>
public sealed class L1TransactionManagerFeeLimitTests
{
    private const ulong Gwei = 1_000_000_000;

    [Fact]
    public async Task SendAsync_MarketAboveTheFeeCapLimit_SignsAtTheLimitAndWaitsThereInsteadOfBumping()
    {
        await using var chain = await AnvilChain.StartAsync(automine: false);
        // anvil starts at a 1 gwei base fee and a 1 gwei tip: the market's fee cap is 3 gwei.
        var limited = TestSenders.Fast with { MaxFeePerGasLimit = 2 * Gwei, ResubmissionTimeout = TimeSpan.FromMilliseconds(300) };
        using var manager = TestSenders.Create(chain.RpcUrl, 0, limited);

        var sending = manager.SendAsync(TestSenders.Batch(100), CancellationToken.None);
        var sent = await chain.WaitForPendingAsync();
        await Task.Delay(1_000); // three resubmission timeouts
        var stillPending = await chain.PendingAsync();
        await chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2 * Gwei, sent.MaxFeePerGas);
        Assert.Equal(sent, Assert.Single(stillPending));
        Assert.Equal(sent.Hash, receipt.TransactionHash);
    }
}
