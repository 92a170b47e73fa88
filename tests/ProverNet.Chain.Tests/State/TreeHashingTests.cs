using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public sealed class TreeHashingTests
{
    [Fact]
    public void Bit_ReadsMostSignificantBitFirst()
    {
        var bytes = new byte[32];
        bytes[0] = 0b1010_0000;
        bytes[31] = 0b0000_0001;
        var path = new Hash256(bytes);

        Assert.Equal([1, 0, 1, 0, 0], Enumerable.Range(0, 5).Select(depth => TreeHashing.Bit(path, depth)));
        Assert.Equal(1, TreeHashing.Bit(path, 255));
        Assert.Equal(0, TreeHashing.Bit(path, 254));
    }

    [Fact]
    public void LeafAndInternal_HashTheirDocumentedPreimages()
    {
        var a = Keccak256.Hash([1]);
        var b = Keccak256.Hash([2]);

        Assert.Equal(Keccak256.Hash([0x00, .. a.ToArray(), .. b.ToArray()]), TreeHashing.Leaf(a, b));
        Assert.Equal(Keccak256.Hash([.. a.ToArray(), .. b.ToArray()]), TreeHashing.Internal(a, b));
        Assert.NotEqual(TreeHashing.Leaf(a, b), TreeHashing.Internal(a, b));
    }

    [Fact]
    public void PathOf_IsKeccakOfTheStateKey() =>
        Assert.Equal(Keccak256.Hash("k"u8), TreeHashing.PathOf("k"u8));

    [Fact]
    public void EmptyHash_IsZero() => Assert.Equal(Hash256.Zero, TreeHashing.EmptyHash);
}
