using ProverNet.Chain.State;

namespace ProverNet.Chain.Tests.State;

public sealed class KeyBucketsTests
{
    [Fact]
    public void All_EntriesOfSeveralKinds_InOverallKeyOrder()
    {
        var buckets = new KeyBuckets();
        buckets.Set([0x10, 2], [2]);
        buckets.Set([0x01, 9], [1]);
        buckets.Set([0x10, 1], null);
        buckets.Set([0xff], [3]);

        Assert.Equal([[0x01, 9], [0x10, 1], [0x10, 2], [0xff]], buckets.All().Select(entry => entry.Key));
    }

    [Fact]
    public void WithPrefix_LongerPrefix_OnlyMatchingKeysOfThatKind()
    {
        var buckets = new KeyBuckets();
        buckets.Set([0x10, 1, 5], [1]);
        buckets.Set([0x10, 2, 5], [2]);
        buckets.Set([0x11, 1, 5], [3]);

        Assert.Equal([[0x10, 1, 5]], buckets.WithPrefix([0x10, 1]).Select(entry => entry.Key));
        Assert.Empty(buckets.WithPrefix([0x12]));
    }

    [Fact]
    public void RemoveAndClear_ForgetEntries()
    {
        var buckets = new KeyBuckets();
        buckets.Set([0x10, 1], [1]);
        buckets.Set([0x11, 1], [2]);

        buckets.Remove([0x10, 1]);
        Assert.False(buckets.TryGetValue([0x10, 1], out _));
        Assert.True(buckets.TryGetValue([0x11, 1], out var kept));
        Assert.Equal([2], kept);

        buckets.Clear();
        Assert.Empty(buckets.All());
    }

    [Fact]
    public void Set_EmptyKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new KeyBuckets().Set([], [1]));
    }
}
