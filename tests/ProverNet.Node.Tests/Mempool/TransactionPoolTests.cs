using ProverNet.Chain;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class TransactionPoolTests
{
    [Fact]
    public void Submit_NotATransaction_InvalidWithTheDecodersMessage()
    {
        using var harness = new PoolHarness();

        var result = harness.Pool.Submit(new byte[] { 0x02, 0x80 });

        Assert.Equal(SubmissionError.Invalid, result.Error);
        Assert.Equal(Hash256.Zero, result.Hash);
        Assert.StartsWith("rlp: invalid transaction: ", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Pool.Count);
    }

    [Fact]
    public void Submit_OtherChainId_InvalidChainId()
    {
        using var harness = new PoolHarness();

        var result = harness.Pool.Submit(harness.Transfer(0, 0, chainId: 1));

        Assert.Equal(SubmissionError.Invalid, result.Error);
        Assert.StartsWith("invalid chain id: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_LargerThanTheLimit_RejectedAsOversizedBeforeDecoding()
    {
        using var harness = new PoolHarness();

        var result = harness.Pool.Submit(new byte[TransactionAdmission.MaxTransactionBytes + 1]);

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("oversized data: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_FeeCapBelowBaseFee_Rejected()
    {
        using var harness = new PoolHarness();

        var result = harness.Pool.Submit(harness.TransferWei(0, 0, 1, 1));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("max fee per gas less than block base fee: max fee per gas 1 is below", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_GasAboveBlockLimit_Rejected()
    {
        using var harness = new PoolHarness(blockGasLimit: 100_000);

        var result = harness.Pool.Submit(harness.Transfer(0, 0, gas: 100_001));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("exceeds block gas limit: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_BidWithTransferGas_RejectedIntrinsicGasTooLow()
    {
        using var harness = new PoolHarness();
        var bid = new SubmitBidCall(false, 2, 1, 1_000, 0, 0, Hash256.Zero, Hash256.Zero, "ipfs://x");
        var raw = harness.Signers[0].SignDynamicFee(
            harness.Genesis.ChainId, 0, PoolHarness.Gwei, 10 * PoolHarness.Gwei, 60_000, SystemAddresses.Market, UInt256.Zero, MarketCalldataEncoder.Encode(bid));

        var result = harness.Pool.Submit(raw);

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("intrinsic gas too low: gas limit 60000 is below", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_CalldataToAnOrdinaryAddress_RejectedWithProverNetsMessage()
    {
        using var harness = new PoolHarness();
        var raw = harness.Signers[0].SignDynamicFee(
            harness.Genesis.ChainId, 0, PoolHarness.Gwei, 10 * PoolHarness.Gwei, 50_000, PoolHarness.Recipient, UInt256.Zero, [1, 2, 3]);

        var result = harness.Pool.Submit(raw);

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("no contract at ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_CostAboveBalance_RejectedInsufficientFunds()
    {
        using var harness = new PoolHarness(balance: Amount.FromBrev(1));

        var result = harness.Pool.Submit(harness.Transfer(0, 0, value: 2_000_000_000_000_000_000));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("insufficient funds for gas * price + value: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_PendingTogetherAboveBalance_RejectedInsufficientFunds()
    {
        using var harness = new PoolHarness(balance: Amount.FromBrev(1));
        harness.SubmitAccepted(harness.Transfer(0, 0, value: 600_000_000_000_000_000));

        var result = harness.Pool.Submit(harness.Transfer(0, 1, value: 600_000_000_000_000_000));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.Contains("for its 1 other pending ones", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Pool.Count);
    }

    [Fact]
    public void Submit_NonceAlreadyCommitted_RejectedNonceTooLow()
    {
        using var harness = new PoolHarness();
        harness.SubmitAccepted(harness.Transfer(0, 0));
        harness.Produce();

        var result = harness.Pool.Submit(harness.Transfer(0, 0, tipGwei: 2));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("nonce too low: next nonce of ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_NonceGapAboveTheLimit_RejectedNonceTooHigh()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxNonceGap = 2 });
        harness.SubmitAccepted(harness.Transfer(0, 2));

        var result = harness.Pool.Submit(harness.Transfer(0, 3));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("nonce too high: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_SameTransactionTwice_AlreadyKnown()
    {
        using var harness = new PoolHarness();
        var raw = harness.Transfer(0, 0);
        var hash = harness.SubmitAccepted(raw);

        var result = harness.Pool.Submit(raw);

        Assert.Equal(new SubmissionResult(hash, SubmissionError.AlreadyKnown, "already known"), result);
        Assert.Equal(1, harness.Pool.Count);
    }

    [Theory]
    [InlineData(109, 110)]
    [InlineData(110, 109)]
    public void Submit_ReplacementBelowTenPercentOnEitherFee_ReplacementUnderpriced(ulong tipPercent, ulong feePercent)
    {
        using var harness = new PoolHarness();
        var original = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 100, maxFeeGwei: 200));

        var result = harness.Pool.Submit(harness.Transfer(0, 0, tipGwei: tipPercent, maxFeeGwei: 2 * feePercent));

        Assert.Equal(SubmissionError.ReplacementUnderpriced, result.Error);
        Assert.StartsWith("replacement transaction underpriced: ", result.Message, StringComparison.Ordinal);
        Assert.NotNull(harness.Pool.Find(original));
    }

    [Fact]
    public void Submit_ReplacementTenPercentHigher_TakesTheNoncesPlace()
    {
        using var harness = new PoolHarness();
        var original = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 100, maxFeeGwei: 200));

        var replacement = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 110, maxFeeGwei: 220));

        Assert.Null(harness.Pool.Find(original));
        Assert.Equal(replacement, harness.Pool.Find(replacement)!.Hash);
        Assert.Equal(1, harness.Pool.Count);
        Assert.Equal(replacement, Assert.Single(harness.DrawAll()).Hash);
    }

    [Fact]
    public void Submit_PoolFull_EvictsTheLowestPayingTail()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxTransactions = 3, MaxPerSender = 3 });
        var cheapest = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 1));
        harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 2));
        harness.SubmitAccepted(harness.Transfer(2, 0, tipGwei: 3));

        var richer = harness.SubmitAccepted(harness.Transfer(3, 0, tipGwei: 4));

        Assert.Null(harness.Pool.Find(cheapest));
        Assert.NotNull(harness.Pool.Find(richer));
        Assert.Equal(3, harness.Pool.Count);
    }

    [Fact]
    public void Submit_PoolFullAndPayingNoMore_PoolFull()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxTransactions = 2, MaxPerSender = 2 });
        harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 2));
        harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 2));

        var result = harness.Pool.Submit(harness.Transfer(2, 0, tipGwei: 2));

        Assert.Equal(SubmissionError.PoolFull, result.Error);
        Assert.StartsWith("txpool is full: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_PoolFull_EvictsASendersHighestNonceNotItsEarlierOne()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxTransactions = 3, MaxPerSender = 3 });
        var first = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 1));
        var second = harness.SubmitAccepted(harness.Transfer(0, 1, tipGwei: 2));
        harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 3));

        harness.SubmitAccepted(harness.Transfer(2, 0, tipGwei: 4));

        Assert.NotNull(harness.Pool.Find(first));
        Assert.Null(harness.Pool.Find(second));
    }

    [Fact]
    public void Submit_SenderAtItsLimit_PoolFull()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxPerSender = 2 });
        harness.SubmitAccepted(harness.Transfer(0, 0));
        harness.SubmitAccepted(harness.Transfer(0, 1));

        var result = harness.Pool.Submit(harness.Transfer(0, 2, tipGwei: 9));

        Assert.Equal(SubmissionError.PoolFull, result.Error);
        Assert.Contains("the most one sender may have", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_SenderAtItsLimitWithALowerNonce_EvictsItsHighest()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxPerSender = 2 });
        harness.SubmitAccepted(harness.Transfer(0, 1));
        var highest = harness.SubmitAccepted(harness.Transfer(0, 2));

        harness.SubmitAccepted(harness.Transfer(0, 0));

        Assert.Null(harness.Pool.Find(highest));
        Assert.Equal(2, harness.Pool.ReadyCount);
    }

    [Fact]
    public void Submit_OneSlotPerSenderAndALowerNonce_TheSenderKeepsTheNewOne()
    {
        using var harness = new PoolHarness(new MempoolOptions { MaxPerSender = 1 });
        harness.SubmitAccepted(harness.Transfer(0, 1));

        var lower = harness.SubmitAccepted(harness.Transfer(0, 0));

        Assert.Equal(1, harness.Pool.Count);
        Assert.Equal(1UL, harness.Pool.NextNonce(harness.Signers[0].Address));
        Assert.Equal(lower, Assert.Single(harness.DrawAll()).Hash);
    }

    [Fact]
    public void Submit_NonceGapThenFilled_FutureThenBothReadyInOrder()
    {
        using var harness = new PoolHarness();
        var later = harness.SubmitAccepted(harness.Transfer(0, 1, tipGwei: 5));

        Assert.Equal((0, 1), (harness.Pool.ReadyCount, harness.Pool.FutureCount));
        Assert.Null(harness.Pool.Next());

        var earlier = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 1));

        Assert.Equal((2, 0), (harness.Pool.ReadyCount, harness.Pool.FutureCount));
        Assert.Equal([earlier, later], harness.DrawAll().Select(transaction => transaction.Hash));
    }

    [Fact]
    public void Next_SeveralSenders_HighestEffectiveTipFirstAndTiesByArrival()
    {
        using var harness = new PoolHarness();
        var tieFirst = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 2));
        var capped = harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 3, maxFeeGwei: 3));
        var top = harness.SubmitAccepted(harness.Transfer(2, 0, tipGwei: 5));
        var tieSecond = harness.SubmitAccepted(harness.Transfer(3, 0, tipGwei: 2));
        var topNext = harness.SubmitAccepted(harness.Transfer(2, 1, tipGwei: 1));

        // The base fee is 1 gwei: the capped one tips 3 - 1 = 2 gwei and arrived between the two others at 2.
        Assert.Equal([top, tieFirst, capped, tieSecond, topNext], harness.DrawAll().Select(transaction => transaction.Hash));
    }

    [Fact]
    public void Next_FeeCapBelowTheRisenBaseFee_NotOfferedButKept()
    {
        // A gas limit of two transfers: a full block is twice the target, so the base fee rises by 1/8 to 1.125 gwei.
        using var harness = new PoolHarness(blockGasLimit: 2 * PoolHarness.TransferGas);
        var capped = harness.SubmitAccepted(harness.TransferWei(0, 0, 1UL, PoolHarness.Gwei));
        harness.SubmitAccepted(harness.Transfer(1, 0));
        harness.SubmitAccepted(harness.Transfer(2, 0));

        var full = harness.Produce();

        Assert.Equal(2, full.Block.Body.UserTransactions.Count);
        Assert.Null(harness.Pool.Next());
        Assert.NotNull(harness.Pool.Find(capped));
        Assert.Equal(1, harness.Pool.ReadyCount);
    }

    [Fact]
    public void Next_AfterTheRoundEnded_StartsANewBlockWithWhatWasNotAdded()
    {
        using var harness = new PoolHarness();
        var first = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 2));
        var second = harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 1));
        Assert.Equal(first, harness.Pool.Next()!.Hash);
        harness.Pool.Resolve(harness.Pool.Next()!, new PickResult(PickAction.Stop, "full", null));

        Assert.Equal(first, harness.Pool.Next()!.Hash);
        Assert.Equal(2, harness.Pool.Count);
        Assert.Equal(second, harness.DrawAll()[1].Hash);
    }

    [Fact]
    public void Next_SubmittedWhileTheRoundIsOpen_OfferedInTheSameRound()
    {
        using var harness = new PoolHarness();
        harness.SubmitAccepted(harness.Transfer(0, 0));
        harness.Pool.Resolve(harness.Pool.Next()!, PickResult.Added);
        Assert.Null(harness.Pool.Next());

        var arrived = harness.SubmitAccepted(harness.Transfer(1, 0));

        Assert.Equal(arrived, harness.Pool.Next()?.Hash);
    }

    [Fact]
    public void Next_SendersNextNonceArrivesWhileItsHeadIsOffered_EachOfferedOnce()
    {
        using var harness = new PoolHarness();
        var head = harness.SubmitAccepted(harness.Transfer(0, 0));
        Assert.Equal(head, harness.Pool.Next()?.Hash);
        var next = harness.SubmitAccepted(harness.Transfer(0, 1));
        harness.Pool.Resolve(harness.Pool.Find(head)!, PickResult.Added);

        Assert.Equal(next, harness.Pool.Next()?.Hash);
        harness.Pool.Resolve(harness.Pool.Find(next)!, PickResult.Added);
        Assert.Null(harness.Pool.Next());
    }

    [Fact]
    public void Resolve_ArrivalRankedAboveTheOfferedCandidate_DecidesTheOfferedOneAndKeepsTheArrival()
    {
        using var harness = new PoolHarness();
        var offered = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 1));
        Assert.Equal(offered, harness.Pool.Next()?.Hash);
        var richer = harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 5));

        harness.Pool.Resolve(harness.Pool.Find(offered)!, PickResult.Added);

        Assert.Equal(richer, harness.Pool.Next()?.Hash);
        harness.Pool.Resolve(harness.Pool.Find(richer)!, PickResult.Added);
        Assert.Null(harness.Pool.Next());
    }

    [Fact]
    public void OnArrival_SubmissionWhileTheRoundIsOpen_WakesUntilDisposed()
    {
        using var harness = new PoolHarness();
        var wakes = 0;
        Assert.Null(harness.Pool.Next()); // opens the round
        using (harness.Pool.OnArrival(() => wakes++))
        {
            Assert.Throws<InvalidOperationException>(() => harness.Pool.OnArrival(() => { }));
            harness.SubmitAccepted(harness.Transfer(0, 0));
            harness.SubmitAccepted(harness.Transfer(0, 2)); // a gap: not a candidate, no wake
        }

        harness.SubmitAccepted(harness.Transfer(1, 0));

        Assert.Equal(1, wakes);
    }

    [Fact]
    public void Resolve_Skip_DropsItAndTheSendersLaterNoncesBecomeFuture()
    {
        using var harness = new PoolHarness();
        var skipped = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 2));
        harness.SubmitAccepted(harness.Transfer(0, 1, tipGwei: 2));
        var other = harness.SubmitAccepted(harness.Transfer(1, 0, tipGwei: 1));

        harness.Pool.Resolve(harness.Pool.Next()!, new PickResult(PickAction.Skip, "insufficient funds", AdmissionError.InsufficientFunds));

        Assert.Null(harness.Pool.Find(skipped));
        Assert.Equal((1, 1), (harness.Pool.ReadyCount, harness.Pool.FutureCount));
        Assert.Equal(other, Assert.Single(harness.DrawAll()).Hash);
    }

    [Fact]
    public void Resolve_NotTheOfferedTransaction_Throws()
    {
        using var harness = new PoolHarness();
        harness.SubmitAccepted(harness.Transfer(0, 0));
        harness.SubmitAccepted(harness.Transfer(1, 0));
        var offered = harness.Pool.Next()!;
        var other = harness.Pool.Find(harness.Pool.Submit(harness.Transfer(2, 0)).Hash)!;

        Assert.Throws<InvalidOperationException>(() => harness.Pool.Resolve(other, PickResult.Added));
        harness.Pool.Resolve(offered, PickResult.Added);
    }

    [Fact]
    public void Submit_ReplacingTheOfferedCandidate_RejectedNonceTooLow()
    {
        using var harness = new PoolHarness();
        harness.SubmitAccepted(harness.Transfer(0, 0));
        Assert.NotNull(harness.Pool.Next());

        var result = harness.Pool.Submit(harness.Transfer(0, 0, tipGwei: 5, maxFeeGwei: 50));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.StartsWith("nonce too low: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnBlockCommitted_IncludedTransactions_LeaveThePool()
    {
        using var harness = new PoolHarness();
        for (var signer = 0; signer < 4; signer++)
        {
            harness.SubmitAccepted(harness.Transfer(signer, 0));
            harness.SubmitAccepted(harness.Transfer(signer, 1));
        }

        var block = harness.Produce();

        Assert.Equal(8, block.Block.Body.UserTransactions.Count);
        Assert.Equal(0, harness.Pool.Count);
        Assert.Equal(2UL, harness.Pool.NextNonce(harness.Signers[0].Address));
    }

    [Fact]
    public void OnBlockCommitted_NonceIncludedFromElsewhere_DropsTheStaleOneAndPromotesTheNext()
    {
        using var harness = new PoolHarness();
        var stale = harness.SubmitAccepted(harness.Transfer(0, 0, tipGwei: 1));
        var afterGap = harness.SubmitAccepted(harness.Transfer(0, 2));
        var elsewhere = new QueueTransactionSource();
        Assert.True(new TransactionDecoder(harness.Genesis.ChainId).TryDecode(harness.Transfer(0, 0, tipGwei: 3), out var competing, out _));
        elsewhere.Enqueue(competing);
        Assert.True(new TransactionDecoder(harness.Genesis.ChainId).TryDecode(harness.Transfer(0, 1, tipGwei: 3), out var next, out _));
        elsewhere.Enqueue(next);

        harness.Produce(elsewhere);

        Assert.Null(harness.Pool.Find(stale));
        Assert.NotNull(harness.Pool.Find(afterGap));
        Assert.Equal((1, 0), (harness.Pool.ReadyCount, harness.Pool.FutureCount));
    }

    [Fact]
    public void NextNonce_PendingAndUnknownSenders_AfterThePendingRunOrTheAccountNonce()
    {
        using var harness = new PoolHarness();
        harness.SubmitAccepted(harness.Transfer(0, 0));
        harness.SubmitAccepted(harness.Transfer(0, 1));
        harness.SubmitAccepted(harness.Transfer(0, 3));

        Assert.Equal(2UL, harness.Pool.NextNonce(harness.Signers[0].Address));
        Assert.Equal(0UL, harness.Pool.NextNonce(harness.Signers[1].Address));
    }

    [Fact]
    public void Submit_ManyThreadsDistinctSenders_CountsEveryTransaction()
    {
        const int threads = 4;
        const int perSender = 25;
        using var harness = new PoolHarness(accounts: threads * 2);
        var raws = Enumerable.Range(0, threads * 2)
            .Select(signer => Enumerable.Range(0, perSender).Select(nonce => harness.Transfer(signer, (ulong)nonce)).ToArray())
            .ToArray();

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var nonce = 0; nonce < perSender; nonce++)
            {
                Assert.True(harness.Pool.Submit(raws[thread * 2][nonce]).Accepted);
                Assert.True(harness.Pool.Submit(raws[(thread * 2) + 1][nonce]).Accepted);
            }
        });

        Assert.Equal(threads * 2 * perSender, harness.Pool.Count);
        Assert.Equal(threads * 2 * perSender, harness.Pool.ReadyCount);
        Assert.Equal(threads * 2 * perSender, harness.DrawAll().Count);
    }
}
