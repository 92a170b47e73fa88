using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public sealed class TreeNodeTests
{
    private static readonly Hash256 A = Keccak256.Hash([1]);
    private static readonly Hash256 B = Keccak256.Hash([2]);

    [Fact]
    public void Hash_Leaf_IsTheLeafHash() => Assert.Equal(TreeHashing.Leaf(A, B), TreeNode.Leaf(A, B).Hash);

    [Fact]
    public void Hash_Internal_IsTheInternalHash() => Assert.Equal(TreeHashing.Internal(A, B), TreeNode.Internal(A, B).Hash);

    [Fact]
    public void Hash_Empty_IsZero() => Assert.Equal(Hash256.Zero, TreeNode.Empty.Hash);
}
