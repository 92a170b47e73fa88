using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class TransactionPriorityTests
{
    [Fact]
    public void CompareTo_HigherRank_PreferredWhateverTheArrival()
    {
        var richer = new TransactionPriority(new FeeRank(true, 2), 9);
        var poorer = new TransactionPriority(new FeeRank(true, 1), 1);

        Assert.True(richer < poorer);
        Assert.True(poorer > richer);
    }

    [Fact]
    public void CompareTo_SameRank_EarlierArrivalPreferred()
    {
        var earlier = new TransactionPriority(new FeeRank(true, 2), 1);
        var later = new TransactionPriority(new FeeRank(true, 2), 2);

        Assert.True(earlier < later);
        Assert.True(earlier <= later);
        Assert.True(later >= earlier);
    }
}
