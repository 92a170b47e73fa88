using System.Text;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public sealed class SparseMerkleProofTests
{
    private static byte[] Key(int i) => Encoding.ASCII.GetBytes($"account/{i}");

    private static Hash256 Value(int i) => Keccak256.Hash(Encoding.ASCII.GetBytes($"value/{i}"));

    private static (SparseMerkleTree Tree, Hash256 Root) TreeOf(int keys)
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        for (var i = 0; i < keys; i++)
        {
            tree.Set(Key(i), Value(i));
        }

        using var batch = store.StartBatch();
        var root = tree.Commit(batch);
        batch.Commit();
        return (tree, root);
    }

    [Fact]
    public void Verify_TamperedSiblingOtherRootOrSwappedValue_Fails()
    {
        var (tree, root) = TreeOf(16);
        var proof = tree.GetProof(Key(3));
        var siblings = proof.Siblings.ToArray();
        siblings[^1] = Value(99);
        var path = TreeHashing.PathOf(Key(3));

        Assert.True(proof.Verify(root, path, out _));
        Assert.False((proof with { Siblings = siblings }).Verify(root, path, out _));
        Assert.False(proof.Verify(Value(98), path, out _));
        Assert.False((proof with { Terminal = TreeNode.Leaf(path, Value(4)) }).Verify(root, path, out _));
    }

    [Fact]
    public void Verify_EmptyTree_ProvesAbsenceWithNoSiblings()
    {
        var (tree, root) = TreeOf(0);
        var proof = tree.GetProof(Key(1));

        Assert.Empty(proof.Siblings);
        Assert.True(proof.Verify(root, TreeHashing.PathOf(Key(1)), out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Verify_OtherLeafAsAbsenceProofForPathOutsideItsSubtree_Fails()
    {
        var (tree, root) = TreeOf(8);
        var proof = tree.GetProof(Key(2));
        var unrelated = proof.Terminal.First;
        Span<byte> bytes = stackalloc byte[32];
        unrelated.WriteTo(bytes);
        bytes[0] ^= 0x80; // a path that leaves the walked prefix at the very first bit

        Assert.False(proof.Verify(root, new Hash256(bytes), out _));
    }

    [Fact]
    public void Verify_InternalTerminal_Fails() =>
        Assert.False(new SparseMerkleProof([], TreeNode.Internal(Value(1), Value(2)))
            .Verify(TreeHashing.Internal(Value(1), Value(2)), Value(3), out _));
}
