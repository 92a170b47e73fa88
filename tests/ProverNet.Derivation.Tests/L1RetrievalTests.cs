using ProverNet.Core;
using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests;

public sealed class L1RetrievalTests
{
    private static readonly Address Bridge = new(Enumerable.Repeat((byte)0xB1, 20).ToArray());
    private static readonly Address Elsewhere = new(Enumerable.Repeat((byte)0xEE, 20).ToArray());

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
    public async Task NextAsync_LogOfABranchL1Left_ThrowsResetAndTakesNothing()
    {
        var l1 = new MemoryL1(length: 3);
        l1.Emit(Log(l1[1], 0, Bridge) with { BlockHash = Keccak256.Hash("another branch"u8) });
        var retrieval = Retrieval(l1);

        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: a log of block 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextAsync_LogsUnavailable_ThrowsTemporaryAndRetakesTheSameBlockAfterwards()
    {
        var l1 = new MemoryL1(length: 3) { LogsDown = true };
        l1.Emit(Log(l1[1], 0, Bridge));
        var retrieval = Retrieval(l1);

        var error = await Assert.ThrowsAsync<DerivationException>(() => retrieval.NextAsync(CancellationToken.None));
        l1.LogsDown = false;
        var retried = await retrieval.NextAsync(CancellationToken.None);

        Assert.Equal(DerivationErrorKind.Temporary, error.Kind);
        Assert.Equal(l1[1], retried!.Block);
        Assert.Single(retried.Logs);
    }

    private static L1Retrieval Retrieval(MemoryL1 l1) => new(new L1Traversal(l1, l1[0].Origin, confirmations: 0), l1, [Bridge]);

    private static L1Log Log(L1BlockRef block, uint index, Address address) =>
        new(block.Number, block.Hash, index, address, [Keccak256.Hash("DepositInitiated(uint256,address,address,uint256)"u8)], []);
}
