using ProverNet.Core;
using ProverNet.Node.Rpc;

namespace ProverNet.Node.Tests.Rpc;

public sealed class RecentBloomsTests
{
    [Fact]
    public void GetOrAdd_SameBlockReadAgain_ComputesItsBloomOnce()
    {
        var blooms = new RecentBlooms(capacity: 4);
        var computed = 0;
        var block = Keccak256.Hash("block"u8);

        var first = blooms.GetOrAdd(block, () => { computed++; return new byte[LogsBloom.Length]; });
        var second = blooms.GetOrAdd(block, () => { computed++; return new byte[LogsBloom.Length]; });

        Assert.Equal(1, computed);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_MoreBlocksThanItKeeps_ForgetsTheOldestFirst()
    {
        var blooms = new RecentBlooms(capacity: 2);
        var computed = new List<int>();
        byte[] Compute(int block)
        {
            computed.Add(block);
            return new byte[LogsBloom.Length];
        }

        foreach (var block in new[] { 1, 2, 3, 2, 1 })
        {
            blooms.GetOrAdd(Keccak256.Hash([(byte)block]), () => Compute(block));
        }

        Assert.Equal([1, 2, 3, 1], computed); // 2 was still kept, 1 had been forgotten for 3
    }
}
