using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public sealed class TreeNodeTests
{
    private static readonly Hash256 A = Keccak256.Hash([1]);
    private static readonly Hash256 B = Keccak256.Hash([2]);

    [Fact]
    public void WriteTo_ThenRead_RoundTripsLeafAndInternal()
    {
        var buffer = new byte[TreeNode.EncodedLength];
        foreach (var node in new[] { TreeNode.Leaf(A, B), TreeNode.Internal(B, Hash256.Zero) })
        {
            node.WriteTo(buffer);

            Assert.Equal(node, TreeNode.Read(buffer));
        }
    }

    [Fact]
    public void WriteTo_Leaf_IsExactlyTheLeafHashPreimage()
    {
        var buffer = new byte[TreeNode.EncodedLength];
        TreeNode.Leaf(A, B).WriteTo(buffer);

        Assert.Equal(TreeNode.Leaf(A, B).Hash, Keccak256.Hash(buffer));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void Read_UnknownKindByte_ThrowsInvalidData(byte kind)
    {
        var buffer = new byte[TreeNode.EncodedLength];
        buffer[0] = kind;

        Assert.Throws<InvalidDataException>(() => TreeNode.Read(buffer));
    }

    [Fact]
    public void Hash_Empty_IsZero() => Assert.Equal(Hash256.Zero, TreeNode.Empty.Hash);
}
