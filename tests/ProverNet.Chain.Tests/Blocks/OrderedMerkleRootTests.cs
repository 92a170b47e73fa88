using ProverNet.Chain.Blocks;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class OrderedMerkleRootTests
{
    private static readonly Hash256[] Leaves = [.. Enumerable.Range(1, 5).Select(i => BlockSamples.Filled((byte)i))];

    [Fact]
    public void Compute_NoLeaves_IsZero()
    {
        Assert.Equal(Hash256.Zero, OrderedMerkleRoot.Compute([]));
    }

    [Fact]
    public void Compute_OneLeaf_IsThatLeaf()
    {
        Assert.Equal(Leaves[0], OrderedMerkleRoot.Compute([Leaves[0]]));
    }

    [Fact]
    public void Compute_TwoLeaves_IsKeccakOfLeftThenRight()
    {
        Assert.Equal(Pair(Leaves[0], Leaves[1]), OrderedMerkleRoot.Compute([Leaves[0], Leaves[1]]));
    }

    [Fact]
    public void Compute_ThreeLeaves_CarriesTheOddLeafUpUnchanged()
    {
        var expected = Pair(Pair(Leaves[0], Leaves[1]), Leaves[2]);

        Assert.Equal(expected, OrderedMerkleRoot.Compute(Leaves[..3]));
    }

    [Fact]
    public void Compute_FiveLeaves_CarriesTheOddLeafUpTwoLevels()
    {
        var expected = Pair(Pair(Pair(Leaves[0], Leaves[1]), Pair(Leaves[2], Leaves[3])), Leaves[4]);

        Assert.Equal(expected, OrderedMerkleRoot.Compute(Leaves));
    }

    [Fact]
    public void Compute_SwappedLeaves_ChangesTheRoot()
    {
        // Unlike the messages tree's sorted pairs, position is committed: receipt i must belong to transaction i.
        Assert.NotEqual(OrderedMerkleRoot.Compute([Leaves[0], Leaves[1]]), OrderedMerkleRoot.Compute([Leaves[1], Leaves[0]]));
    }

    [Fact]
    public void Compute_GivenArray_LeavesItUnchanged()
    {
        Hash256[] leaves = [.. Leaves];

        OrderedMerkleRoot.Compute(leaves);

        Assert.Equal(Leaves, leaves);
    }

    private static Hash256 Pair(Hash256 left, Hash256 right) => Keccak256.Hash([.. left.ToArray(), .. right.ToArray()]);
}
