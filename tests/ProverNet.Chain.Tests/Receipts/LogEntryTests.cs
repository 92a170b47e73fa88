using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Receipts;

public class LogEntryTests
{
    [Fact]
    public void Equals_SameContent_IsEqual()
    {
        var first = new LogEntry(Address.Zero, [Hash256.Zero], [1, 2]);
        var second = new LogEntry(Address.Zero, [Hash256.Zero], [1, 2]);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, new LogEntry(Address.Zero, [Hash256.Zero], [1, 3]));
    }

    [Fact]
    public void Constructor_FiveTopics_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogEntry(Address.Zero, new Hash256[5], []));
    }
}
