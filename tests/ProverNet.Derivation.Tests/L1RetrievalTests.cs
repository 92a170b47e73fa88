using ProverNet.Core;
using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests;

public sealed class L1RetrievalTests
{
    private static readonly Address Bridge = new(Enumerable.Repeat((byte)0xB1, 20).ToArray());
    private static readonly Address Elsewhere = new(Enumerable.Repeat((byte)0xEE, 20).ToArray());
    private static readonly Address Inbox = new(Enumerable.Repeat((byte)0xBA, 20).ToArray());

    [Fact]
    public async Task NextAsync_BlocksWithLogs_EachBlockWithItsFollowedContractsLogsInOrder()
    {
        var l1 = new MemoryL1(length: 4);
        l1.Emit(Log(l1[2], 5, Bridge));
        l1.Emit(Log(l1[2], 1, Bridge));
        l1.Emit(Log(l1[2], 3, Elsewhere));
        l1.Emit(Log(l1[3], 0, Bridge));
        var retrieval = Retrieval(l1);

        var first = await retrieval.NextAsync(CancellationToken.None);
        var second = await retrieval.NextAsync(CancellationToken.None);
        var third = await retrieval.NextAsync(CancellationToken.None);

        Assert.Equal((l1[1], 0), (first!.Block, first.Logs.Count));
        Assert.Equal([1u, 5u], second!.Logs.Select(log => log.LogIndex));
        Assert.Equal(l1[3], third!.Block);
        Assert.Single(third.Logs);
        Assert.Null(await retrieval.NextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_InboxLogs_BringTheirTransactionsInOneMoreRead()
    {
        var l1 = new MemoryL1(length: 3);
        var posted = Log(l1[2], 4, Inbox) with { TransactionHash = Keccak256.Hash("posting"u8) };
        l1.Emit(posted);
        l1.Emit(Log(l1[2], 2, Bridge));
        l1.Include(new L1Transaction(posted.TransactionHash, 2, l1[2].Hash, Bridge, Inbox, [1, 2, 3]));
        var retrieval = new L1Retrieval(new L1Traversal(l1, l1[0].Origin, confirmations: 0), l1, [Bridge, Inbox], Inbox);

        await retrieval.NextAsync(CancellationToken.None);
        var withPosting = await retrieval.NextAsync(CancellationToken.None);

        Assert.Equal(posted.TransactionHash, Assert.Single(withPosting!.InboxTransactions).Hash);
        Assert.Equal(2, withPosting.Logs.Count);
    }

    [Fact]
    public async Task NextAsync_InboxTransactionNowInAnotherBlock_IsAReset()
    {
        var l1 = new MemoryL1(length: 3);
        var posted = Log(l1[2], 0, Inbox) with { TransactionHash = Keccak256.Hash("posting"u8) };
        l1.Emit(posted);
        l1.Include(new L1Transaction(posted.TransactionHash, 3, Keccak256.Hash("another branch"u8), Bridge, Inbox, [1, 2, 3]));
        var retrieval = new L1Retrieval(new L1Traversal(l1, l1[0].Origin, confirmations: 0), l1, [Inbox], Inbox);
        await retrieval.NextAsync(CancellationToken.None);

        var reset = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, reset.Kind);
    }

    [Fact]
    public async Task NextAsync_HundredEmptyBlocksBehind_TwoRoundTripsAndNoLogRead()
    {
        var l1 = new MemoryL1(length: 101);
        l1.Emit(Log(l1[50], 0, Elsewhere)); // in the bloom, but of a contract not followed
        var retrieval = Retrieval(l1);

        var taken = 0;
        while (await retrieval.NextAsync(CancellationToken.None) is { } block)
        {
            Assert.Empty(block.Logs);
            taken++;
        }

        Assert.Equal(100, taken);
        Assert.Equal(0, l1.LogReads);
        Assert.Equal(3, l1.Calls); // the probe, blocks 2..100, and the probe that finds no block 101
    }

    [Fact]
    public async Task NextAsync_LogsInsideARun_OneRangedReadFromTheFirstBlockThatMayHoldOneToTheLast()
    {
        var l1 = new MemoryL1(length: 101);
        l1.Emit(Log(l1[10], 0, Bridge));
        l1.Emit(Log(l1[60], 2, Bridge));
        var retrieval = Retrieval(l1);
        await retrieval.NextAsync(CancellationToken.None); // the probe takes block 1

        var blocks = new List<L1BlockLogs>();
        for (var i = 0; i < 99; i++)
        {
            blocks.Add((await retrieval.NextAsync(CancellationToken.None))!);
        }

        Assert.Equal(1, l1.LogReads);
        Assert.Equal(Enumerable.Range(2, 99).Select(number => (ulong)number), blocks.Select(block => block.Block.Number));
        Assert.Equal([10UL, 60UL], blocks.Where(block => block.Logs.Count > 0).Select(block => Assert.Single(block.Logs).BlockNumber));
    }

    [Fact]
    public async Task NextAsync_LogOfABranchL1Left_ThrowsResetAndTakesNothing()
    {
        var l1 = new MemoryL1(length: 3);
        l1.Emit(Log(l1[1], 0, Bridge) with { BlockHash = Keccak256.Hash("another branch"u8) });
        var retrieval = Retrieval(l1, out var traversal);

        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: a log of block 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(l1[0].Origin, traversal.Current);
    }

    [Fact]
    public async Task NextAsync_LogOfABranchInsideARun_ThrowsResetAndTakesNoneOfTheRun()
    {
        var l1 = new MemoryL1(length: 51);
        l1.Emit(Log(l1[5], 0, Bridge));
        l1.Emit(Log(l1[30], 0, Bridge) with { BlockHash = Keccak256.Hash("another branch"u8) });
        var retrieval = Retrieval(l1, out var traversal);
        await retrieval.NextAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: a log of block 30", error.Message, StringComparison.Ordinal);
        Assert.Equal(l1[1].Origin, traversal.Current);
    }

    [Fact]
    public async Task NextAsync_LogsUnavailableAfterTheHeadersOfARun_ThrowsTemporaryAndRetakesTheWholeRunAfterwards()
    {
        var l1 = new MemoryL1(length: 21);
        l1.Emit(Log(l1[15], 0, Bridge));
        var retrieval = Retrieval(l1, out var traversal);
        await retrieval.NextAsync(CancellationToken.None);
        l1.LogsDown = true;

        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));
        var current = traversal.Current;
        l1.LogsDown = false;
        var retried = new List<L1BlockLogs>();
        while (await retrieval.NextAsync(CancellationToken.None) is { } block)
        {
            retried.Add(block);
        }

        Assert.Equal(DerivationErrorKind.Temporary, error.Kind);
        Assert.Equal(l1[1].Origin, current);
        Assert.Equal(Enumerable.Range(2, 19).Select(number => (ulong)number), retried.Select(block => block.Block.Number));
        Assert.Single(retried.Single(block => block.Block.Number == 15).Logs);
    }

    [Fact]
    public async Task NextAsync_L1DownWhileARunWaits_HandsOutTheRunWithoutAskingL1ThenThrowsTemporary()
    {
        var l1 = new MemoryL1(length: 6);
        var retrieval = Retrieval(l1);
        await retrieval.NextAsync(CancellationToken.None);
        Assert.Equal(2UL, (await retrieval.NextAsync(CancellationToken.None))!.Block.Number); // blocks 2..5 read
        l1.Down = true;
        var calls = l1.Calls;

        var rest = new[] { await retrieval.NextAsync(CancellationToken.None), await retrieval.NextAsync(CancellationToken.None), await retrieval.NextAsync(CancellationToken.None) };
        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));

        Assert.Equal([3UL, 4, 5], rest.Select(block => block!.Block.Number));
        Assert.Equal(calls + 1, l1.Calls);
        Assert.Equal(DerivationErrorKind.Temporary, error.Kind);
    }

    [Fact]
    public async Task Reset_WhileARunWaits_DropsItAndFollowsFromTheOrigin()
    {
        var l1 = new MemoryL1(length: 6);
        var retrieval = Retrieval(l1);
        await retrieval.NextAsync(CancellationToken.None);
        await retrieval.NextAsync(CancellationToken.None); // blocks 3..5 wait
        l1.Reorg(number: 2, count: 4, fork: 1);

        retrieval.Reset(l1[1].Origin);

        Assert.Equal(l1[2], (await retrieval.NextAsync(CancellationToken.None))!.Block);
    }

    private static L1Retrieval Retrieval(MemoryL1 l1) => Retrieval(l1, out _);

    private static L1Retrieval Retrieval(MemoryL1 l1, out L1Traversal traversal)
    {
        traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);
        return new L1Retrieval(traversal, l1, [Bridge]);
    }

    private static L1Log Log(L1BlockRef block, uint index, Address address) =>
        new(block.Number, block.Hash, index, address, [Keccak256.Hash("DepositInitiated(uint256,address,address,uint256)"u8)], [], Keccak256.Hash("tx"u8));
}
