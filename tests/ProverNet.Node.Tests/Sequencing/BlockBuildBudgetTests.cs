using Microsoft.Extensions.Time.Testing;
using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Mempool;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class BlockBuildBudgetTests
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void DefaultFor_OneSecondBlocks_LeavesAFifthOfTheBlockTime()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(800), BlockBuildBudget.DefaultFor(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void TransactionCap_NoBlockRecorded_IsNull()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());

        Assert.Null(budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_BlocksRecorded_IsTheBudgetOverTheMedianCostPerTransaction()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());

        budget.Record(1_000, TimeSpan.FromMilliseconds(100)); // 100 µs each
        budget.Record(1_000, TimeSpan.FromMilliseconds(50));  // 50 µs each
        budget.Record(1_000, TimeSpan.FromMilliseconds(80));  // 80 µs each: the median

        Assert.Equal(6_250, budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_OneBlockSlowedByACollection_DoesNotShrinkTheCap()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());
        for (var block = 0; block < 4; block++)
        {
            budget.Record(5_000, TimeSpan.FromMilliseconds(400));
        }

        budget.Record(5_000, TimeSpan.FromMilliseconds(2_000));

        Assert.Equal(6_250, budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_NodeWarmingUp_FollowsTheCheaperLastBlockAtOnce()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());

        budget.Record(1_000, TimeSpan.FromMilliseconds(214)); // first blocks: unoptimized code
        budget.Record(1_000, TimeSpan.FromMilliseconds(172));
        budget.Record(1_000, TimeSpan.FromMilliseconds(125)); // 125 µs each, below the median of 172

        Assert.Equal(4_000, budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_OlderBlocksThanTheWindow_AreForgotten()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());
        for (var block = 0; block < BlockBuildBudget.Window; block++)
        {
            budget.Record(1_000, TimeSpan.FromMilliseconds(500));
        }

        for (var block = 0; block < BlockBuildBudget.Window; block++)
        {
            budget.Record(1_000, TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(5_000, budget.TransactionCap);
    }

    [Fact]
    public void Record_BlockBelowTheMinimumSample_IsIgnored()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());

        budget.Record(BlockBuildBudget.MinimumSample - 1, TimeSpan.FromSeconds(5));

        Assert.Null(budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_VerySlowTransactions_NeverBelowTheMinimumSample()
    {
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());

        budget.Record(1_000, TimeSpan.FromSeconds(100));

        Assert.Equal(BlockBuildBudget.MinimumSample, budget.TransactionCap);
    }

    [Fact]
    public void Limit_CapReached_BlockHoldsTheCapAndTheRestStaysInThePoolForTheNextBlock()
    {
        using var harness = new PoolHarness(accounts: 8);
        var budget = new BlockBuildBudget(HalfSecond, new FakeTimeProvider());
        budget.Record(1_000, TimeSpan.FromMilliseconds(500)); // 500 µs each: a cap of 1,000
        for (var signer = 0; signer < 8; signer++)
        {
            for (ulong nonce = 0; nonce < 150; nonce++)
            {
                harness.SubmitAccepted(harness.Transfer(signer, nonce));
            }
        }

        var first = harness.Produce(budget.Limit(harness.Pool));
        var second = harness.Produce(budget.Limit(harness.Pool));

        Assert.Equal(1_000, first.Block.Body.UserTransactions.Count);
        Assert.Equal(200, second.Block.Body.UserTransactions.Count);
        Assert.Equal(0, harness.Pool.Count);
    }

    [Fact]
    public void Limit_TimeBudgetUsedByExecution_StopsDrawingAndKeepsTheCandidate()
    {
        var time = new FakeTimeProvider();
        var budget = new BlockBuildBudget(HalfSecond, time);
        var inner = new SlowSource(time, TimeSpan.FromMilliseconds(200), count: 10);
        var limited = budget.Limit(inner);
        var drawn = 0;

        while (limited.Next() is { } candidate)
        {
            limited.Resolve(candidate, PickResult.Added);
            drawn++;
        }

        Assert.Equal(3, drawn); // after 0, 200 and 400 ms; the fourth would start at 600 ms
        Assert.Equal(PickAction.Stop, inner.LastResult?.Action);
        Assert.Null(limited.Next());
    }

    /// <summary>Hands out copies of one transaction; each decision advances the clock, as executing it would.</summary>
    private sealed class SlowSource(FakeTimeProvider time, TimeSpan perTransaction, int count) : ITransactionSource
    {
        private static readonly SignedTransaction Transaction = Decode();
        private int left = count;

        public PickResult? LastResult { get; private set; }

        public SignedTransaction? Next() => left > 0 ? Transaction : null;

        public void Resolve(SignedTransaction transaction, PickResult result)
        {
            LastResult = result;
            if (result.Action == PickAction.Add)
            {
                left--;
                time.Advance(perTransaction);
            }
        }

        private static SignedTransaction Decode()
        {
            using var harness = new PoolHarness(accounts: 1);
            Assert.True(new TransactionDecoder(harness.Genesis.ChainId).TryDecode(harness.Transfer(0, 0), out var transaction, out _));
            return transaction;
        }
    }
}
