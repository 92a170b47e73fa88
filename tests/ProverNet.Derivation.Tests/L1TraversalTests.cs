using ProverNet.Derivation.Tests.Support;

namespace ProverNet.Derivation.Tests;

public sealed class L1TraversalTests
{
    [Fact]
    public async Task NextRangeAsync_BlocksDeepEnough_ProbesWithTheHeadThenReadsWhatIsKnownDeepInOneRead()
    {
        var l1 = new MemoryL1(length: 6); // blocks 0..5
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 2);

        var probed = await traversal.NextRangeAsync(CancellationToken.None);
        var known = await traversal.NextRangeAsync(CancellationToken.None);
        var waiting = await traversal.NextRangeAsync(CancellationToken.None);

        Assert.Equal([l1[1]], probed.Select(header => header.Block));
        Assert.Equal([l1[2], l1[3]], known.Select(header => header.Block)); // 4 and 5 are not yet 2 deep
        Assert.Empty(waiting);
        Assert.Equal(l1[3].Origin, traversal.Current);
        Assert.Equal([(1UL, 1UL), (2UL, 3UL), (4UL, 4UL)], l1.HeaderReads);
        l1.Extend(1, fork: 0);
        Assert.Equal([l1[4]], (await traversal.NextRangeAsync(CancellationToken.None)).Select(header => header.Block));
    }

    [Fact]
    public async Task NextRangeAsync_FarBehind_ReadsAtMostReadAheadBlocksARoundTrip()
    {
        var l1 = new MemoryL1(length: 251);
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0, readAhead: 100);

        var taken = new List<ulong>();
        while (await traversal.NextRangeAsync(CancellationToken.None) is { Count: > 0 } range)
        {
            taken.AddRange(range.Select(header => header.Block.Number));
        }

        Assert.Equal(Enumerable.Range(1, 250).Select(number => (ulong)number), taken);
        Assert.Equal([(1UL, 1UL), (2UL, 101UL), (102UL, 201UL), (202UL, 250UL), (251UL, 251UL)], l1.HeaderReads);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(3u)]
    public async Task NextRangeAsync_AtTheTip_TakesEachNewBlockOnceConfirmationsDeepInOneRoundTrip(uint confirmations)
    {
        var l1 = new MemoryL1(length: 8);
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations);
        while ((await traversal.NextRangeAsync(CancellationToken.None)).Count > 0)
        {
        }

        for (var i = 0; i < 5; i++)
        {
            l1.Extend(1, fork: 0);
            var calls = l1.Calls;

            var range = await traversal.NextRangeAsync(CancellationToken.None);

            Assert.Equal([l1[7 + (ulong)i + 1 - confirmations]], range.Select(header => header.Block));
            Assert.Equal(calls + 1, l1.Calls);
        }
    }

    [Fact]
    public async Task NextRangeAsync_L1ShorterThanTheConfirmations_ReturnsNothing()
    {
        var l1 = new MemoryL1(length: 2);

        Assert.Empty(await new L1Traversal(l1, l1[0].Origin, confirmations: 5).NextRangeAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NextRangeAsync_L1ReorganizedUnderTheCurrentBlock_ThrowsResetAndKeepsTheCurrentBlock()
    {
        var l1 = new MemoryL1(length: 3);
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);
        await traversal.NextRangeAsync(CancellationToken.None);
        await traversal.NextRangeAsync(CancellationToken.None);
        var derivedFrom = traversal.Current; // block 2
        l1.Reorg(number: 2, count: 3, fork: 1);

        var error = await Assert.ThrowsAsync<DerivationException>(() => traversal.NextRangeAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: block 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(derivedFrom, traversal.Current);
    }

    [Fact]
    public async Task NextRangeAsync_ReorgInsideOneRead_TakesTheRunBeforeTheBreakThenResetsOnTheNextRead()
    {
        var l1 = new MemoryL1(length: 11);
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);
        await traversal.NextRangeAsync(CancellationToken.None); // probe: block 1, and the head
        var oldFour = l1[4];
        l1.BeforeReadingBlock = number =>
        {
            if (number == 5)
            {
                l1.Reorg(number: 4, count: 7, fork: 1);
                l1.BeforeReadingBlock = null;
            }
        };

        var run = await traversal.NextRangeAsync(CancellationToken.None);
        var error = await Assert.ThrowsAsync<DerivationException>(() => traversal.NextRangeAsync(CancellationToken.None));

        Assert.Equal([2UL, 3, 4], run.Select(header => header.Block.Number));
        Assert.Equal(oldFour.Origin, traversal.Current);
        Assert.Equal(DerivationErrorKind.Reset, error.Kind);
        Assert.Contains("L1 reorg: block 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_ToABlockStillCanonical_ContinuesOnTheNewBranch()
    {
        var l1 = new MemoryL1(length: 4);
        var traversal = new L1Traversal(l1, l1[2].Origin, confirmations: 0);
        l1.Reorg(number: 2, count: 3, fork: 1);

        traversal.Reset(l1[1].Origin);

        Assert.Equal([l1[2]], (await traversal.NextRangeAsync(CancellationToken.None)).Select(header => header.Block));
        Assert.Equal([l1[3], l1[4]], (await traversal.NextRangeAsync(CancellationToken.None)).Select(header => header.Block));
    }

    [Fact]
    public async Task NextRangeAsync_L1Down_ThrowsTemporaryAndTakesNothing()
    {
        var l1 = new MemoryL1(length: 3) { Down = true };
        var traversal = new L1Traversal(l1, l1[0].Origin, confirmations: 0);

        var error = await Assert.ThrowsAsync<DerivationException>(() => traversal.NextRangeAsync(CancellationToken.None));

        Assert.Equal(DerivationErrorKind.Temporary, error.Kind);
        Assert.Equal(l1[0].Origin, traversal.Current);
        l1.Down = false;
        Assert.Equal([l1[1]], (await traversal.NextRangeAsync(CancellationToken.None)).Select(header => header.Block));
    }
}
