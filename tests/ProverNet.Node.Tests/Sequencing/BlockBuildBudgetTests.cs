using ProverNet.Node.Sequencing;

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
        var budget = new BlockBuildBudget(HalfSecond);

        Assert.Null(budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_BlocksRecorded_IsTheBudgetOverTheMedianCostPerTransaction()
    {
        var budget = new BlockBuildBudget(HalfSecond);

        budget.Record(1_000, TimeSpan.FromMilliseconds(100)); // 100 µs each
        budget.Record(1_000, TimeSpan.FromMilliseconds(50));  // 50 µs each
        budget.Record(1_000, TimeSpan.FromMilliseconds(80));  // 80 µs each: the median

        Assert.Equal(6_250, budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_OneBlockSlowedByACollection_DoesNotShrinkTheCap()
    {
        var budget = new BlockBuildBudget(HalfSecond);
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
        var budget = new BlockBuildBudget(HalfSecond);

        budget.Record(1_000, TimeSpan.FromMilliseconds(214)); // first blocks: unoptimized code
        budget.Record(1_000, TimeSpan.FromMilliseconds(172));
        budget.Record(1_000, TimeSpan.FromMilliseconds(125)); // 125 µs each, below the median of 172

        Assert.Equal(4_000, budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_OlderBlocksThanTheWindow_AreForgotten()
    {
        var budget = new BlockBuildBudget(HalfSecond);
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
        var budget = new BlockBuildBudget(HalfSecond);

        budget.Record(BlockBuildBudget.MinimumSample - 1, TimeSpan.FromSeconds(5));

        Assert.Null(budget.TransactionCap);
    }

    [Fact]
    public void TransactionCap_VerySlowTransactions_NeverBelowTheMinimumSample()
    {
        var budget = new BlockBuildBudget(HalfSecond);

        budget.Record(1_000, TimeSpan.FromSeconds(100));

        Assert.Equal(BlockBuildBudget.MinimumSample, budget.TransactionCap);
    }
}
