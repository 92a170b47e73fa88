using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.Web3;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1.Transactions;
using ProverNet.Node.Tests.Rpc;
using Xunit.Abstractions;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>Sends through an anvil that mines each transaction at once. Each test has a dev account of its own.</summary>
public sealed class L1TransactionManagerInclusionTests(AutominingAnvilFixture fixture, ITestOutputHelper output) : IClassFixture<AutominingAnvilFixture>
{
    private AnvilChain Chain => fixture.Chain;

    [Fact]
    public async Task SendAsync_CalldataToAnEoa_ReturnsTheReceiptAnvilHasAndLogsItOnce()
    {
        using var logs = new CapturingLoggerProvider();
        using var manager = TestSenders.Create(Chain.RpcUrl, 1, logger: logs.CreateLogger("sender"));
        var request = TestSenders.Batch(1_000);

        var receipt = await manager.SendAsync(request, CancellationToken.None);

        var anvilReceipt = (await Chain.ReceiptAsync(receipt.TransactionHash))!;
        var transaction = (await Chain.TransactionAsync(receipt.TransactionHash))!;
        var block = await new Web3(Chain.RpcUrl.ToString()).Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(receipt.BlockNumber));
        Assert.True(receipt.Succeeded);
        Assert.Equal(DevAccounts.All[1].Address, manager.From);
        Assert.Equal(manager.From, Address.Parse(transaction.From));
        Assert.Equal(2, (int)transaction.Type.Value);
        Assert.Equal(Hex.Encode(request.Data.Span), transaction.Input);
        Assert.Equal(Hash256.Parse(block.BlockHash), receipt.BlockHash);
        Assert.Equal((ulong)anvilReceipt.GasUsed.Value, receipt.GasUsed);
        Assert.Equal(CalldataGas(request.Data.Span), receipt.GasUsed);
        Assert.Equal(block.BaseFeePerGas.Value + transaction.MaxPriorityFeePerGas.Value, receipt.EffectiveGasPrice.ToBigInteger());
        var included = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Information);
        Assert.Contains(request.Purpose, included.Message, StringComparison.Ordinal);
        Assert.Contains(receipt.TransactionHash.ToString(), included.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ThreeConfirmations_ReturnsOnlyOnceTwoBlocksFollowTheIncludingOne()
    {
        using var manager = TestSenders.Create(Chain.RpcUrl, 2, TestSenders.Fast with { Confirmations = 3 });

        var sending = manager.SendAsync(TestSenders.Batch(100), CancellationToken.None);
        await AnvilChain.WaitUntilAsync(async () => await Chain.NonceAsync(manager.From) == 1, "the transaction is mined");
        await Task.Delay(300);
        Assert.False(sending.IsCompleted, "returned at 1 confirmation");
        await Chain.MineAsync();
        await Task.Delay(300);
        Assert.False(sending.IsCompleted, "returned at 2 confirmations");
        await Chain.MineAsync();
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(receipt.BlockNumber + 2, await Chain.HeadAsync());
    }

    [Fact]
    public async Task SendAsync_100KiBOfCalldata_CostsTheEip7623CalldataFloor()
    {
        using var manager = TestSenders.Create(Chain.RpcUrl, 3);
        var request = TestSenders.Batch(100 * 1024);

        var receipt = await manager.SendAsync(request, CancellationToken.None);

        Assert.True(receipt.Succeeded);
        Assert.Equal(CalldataGas(request.Data.Span), receipt.GasUsed);
        output.WriteLine($"100 KiB of random calldata to an EOA: gas used {receipt.GasUsed}, at {receipt.EffectiveGasPrice} wei/gas");
    }

    [Fact]
    public async Task SendAsync_ContractThatReverts_ReturnsAFailedReceiptAndSendsNothingMore()
    {
        var reverter = Address.Parse("0x000000000000000000000000000000000000dead");
        await Chain.SetCodeAsync(reverter, "0x60006000fd"); // PUSH1 0, PUSH1 0, REVERT
        using var manager = TestSenders.Create(Chain.RpcUrl, 4);

        var receipt = await manager.SendAsync(new L1TransactionRequest(reverter, new byte[] { 1, 2, 3 }, 100_000, "reverting call"), CancellationToken.None);
        await Task.Delay(300);

        Assert.False(receipt.Succeeded);
        Assert.True(receipt.GasUsed > 21_000);
        Assert.Equal(1UL, await Chain.NonceAsync(manager.From));
        Assert.Empty(await Chain.PendingAsync());
    }

    [Fact]
    public async Task SendAsync_RevertingCallWithoutAGasLimit_IsRejectedAtEstimationAndUsesNoNonce()
    {
        var reverter = Address.Parse("0x000000000000000000000000000000000000beef");
        await Chain.SetCodeAsync(reverter, "0x60006000fd");
        using var manager = TestSenders.Create(Chain.RpcUrl, 5);

        var error = await Assert.ThrowsAsync<L1TransactionRejectedException>(() => manager.SendAsync(new L1TransactionRequest(reverter, new byte[] { 1 }, null, "reverting call"), CancellationToken.None));

        Assert.Contains("gas estimation failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0UL, await Chain.NonceAsync(manager.From));
    }

    [Fact]
    public async Task SendAsync_EstimatedGas_SignsTheEstimatePlusItsMargin()
    {
        using var manager = TestSenders.Create(Chain.RpcUrl, 6);
        var request = TestSenders.Batch(2_000);

        var receipt = await manager.SendAsync(request, CancellationToken.None);

        var transaction = (await Chain.TransactionAsync(receipt.TransactionHash))!;
        Assert.Equal(receipt.GasUsed * 120 / 100, (ulong)transaction.Gas.Value);
    }

    // The gas of calldata to an EOA since Prague (EIP-7623): the floor 21,000 + 10 per calldata token (a zero byte is 1
    // token, any other byte 4), which is above the standard 21,000 + 4 per token whenever no code runs.
    private static ulong CalldataGas(ReadOnlySpan<byte> data)
    {
        ulong tokens = 0;
        foreach (var value in data)
        {
            tokens += value == 0 ? 1UL : 4UL;
        }

        return 21_000 + (10 * tokens);
    }
}
