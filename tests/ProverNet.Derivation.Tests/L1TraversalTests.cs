using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests;

public sealed class L1TraversalTests
{
    [Fact]
    public async Task NextAsync_BlocksDeepEnough_TakesThemInOrderThenWaits()
    {
        var l1 = new MemoryL1(length: 6); // blocks 0..5
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 2);

        var taken = new List<ulong>();
        while (await traversal.NextAsync(CancellationToken.None) is { } block)
        {
            taken.Add(block.Number);
        }

        Assert.Equal([1UL, 2, 3], taken); // 4 and 5 are not yet 2 deep
        Assert.Equal(l1[3].Origin, traversal.Current);
        l1.Extend(1, fork: 0);
        Assert.Equal(l1[4], await traversal.NextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_L1ShorterThanTheConfirmations_ReturnsNull()
    {
        var l1 = new MemoryL1(length: 2);

        Assert.Null(await new L1Traversal(l1, l1[0].Origin, confirmations: 5).NextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_L1ReorganizedUnderTheCurrentBlock_ThrowsResetAndKeepsTheCurrentBlock()
    {
        var l1 = new MemoryL1(length: 4);
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);
        await traversal.NextAsync(CancellationToken.None);
        await traversal.NextAsync(CancellationToken.None);
        var derivedFrom = traversal.Current; // block 2
        l1.Reorg(number: 2, count: 3, fork: 1);

        var error = await Assert.ThrowsAsync<DerivationException>(() => traversal.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: block 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(derivedFrom, traversal.Current);
    }

    [Fact]
    public async Task Reset_ToABlockStillCanonical_ContinuesOnTheNewBranch()
    {
        var l1 = new MemoryL1(length: 4);
        var traversal = new L1Traversal(l1, l1[2].Origin, confirmations: 0);
        l1.Reorg(number: 2, count: 3, fork: 1);

        traversal.Reset(l1[1].Origin);

        Assert.Equal(l1[2], await traversal.NextAsync(CancellationToken.None));
        Assert.Equal(l1[3], await traversal.NextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NextAsync_L1Down_ThrowsTemporaryAndTakesNothing()
    {
        var l1 = new MemoryL1(length: 3) { Down = true };
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);

        var error = await Assert.ThrowsAsync<DerivationException>(() => traversal.NextAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Temporary, error.Kind);
        Assert.Equal(l1[0].Origin, traversal.Current);
        l1.Down = false;
        Assert.Equal(l1[1], await traversal.NextAsync(CancellationToken.None));
    }
}
