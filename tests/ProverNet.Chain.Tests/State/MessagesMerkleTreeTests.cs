using System.Globalization;
using System.Text.Json;
using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

/// <summary>
/// Checks against State/Vectors/messages-tree-vectors.json, produced once from contracts/test/helpers.js (the reference
/// the RollupBridge's own tests use) by State/Vectors/generate-messages-vectors.js.
/// </summary>
public sealed class MessagesMerkleTreeTests
{
    public static TheoryData<int> CaseIndexes() => [.. Enumerable.Range(0, Vectors().GetArrayLength())];

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Leaf_VectorMessages_MatchesHelpersJs(int caseIndex)
    {
        var (messages, vector) = Case(caseIndex);
        var leaves = vector.GetProperty("leaves").EnumerateArray().Select(leaf => Hash256.Parse(leaf.GetString()!));

        Assert.Equal(leaves, messages.Select(message => MessagesMerkleTree.Leaf(message)));
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Root_VectorMessages_MatchesHelpersJs(int caseIndex)
    {
        var (messages, vector) = Case(caseIndex);

        Assert.Equal(Hash256.Parse(vector.GetProperty("root").GetString()!), new MessagesMerkleTree(messages).Root);
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void GetProof_EveryLeaf_MatchesHelpersJsAndVerifiesLikeOpenZeppelin(int caseIndex)
    {
        var (messages, vector) = Case(caseIndex);
        var tree = new MessagesMerkleTree(messages);
        var expected = vector.GetProperty("proofs").EnumerateArray().ToArray();

        for (var i = 0; i < messages.Length; i++)
        {
            var proof = tree.GetProof(i);

            Assert.Equal(expected[i].EnumerateArray().Select(sibling => Hash256.Parse(sibling.GetString()!)), proof);
            Assert.True(MessagesMerkleTree.Verify(proof, tree.Root, tree.LeafAt(i)));
        }
    }

    [Fact]
    public void Verify_WrongLeafOrTamperedProof_Fails()
    {
        var (messages, _) = Case(Vectors().GetArrayLength() - 1);
        var tree = new MessagesMerkleTree(messages);
        var proof = tree.GetProof(2);
        var tampered = proof.ToArray();
        tampered[0] = tree.LeafAt(0);

        Assert.False(MessagesMerkleTree.Verify(proof, tree.Root, tree.LeafAt(3)));
        Assert.False(MessagesMerkleTree.Verify(tampered, tree.Root, tree.LeafAt(2)));
    }

    [Fact]
    public void Root_NoMessages_IsZero() => Assert.Equal(Hash256.Zero, new MessagesMerkleTree([]).Root);

    [Fact]
    public void Constructor_NoncesNotAscending_Throws()
    {
        var (messages, _) = Case(2);

        Assert.Throws<ArgumentException>(() => new MessagesMerkleTree([messages[1], messages[0]]));
        Assert.Throws<ArgumentException>(() => new MessagesMerkleTree([messages[0], messages[0]]));
    }

    [Fact]
    public void Leaf_LargeData_UsesPooledBufferAndMatchesStackPath()
    {
        var data = Enumerable.Range(0, 2000).Select(i => (byte)i).ToArray();
        var message = new L2ToL1Message(1, MessageKind.Withdraw, Address.Zero, Amount.Zero, data);
        var encoded = new byte[message.AbiEncodedLength];
        message.WriteAbiEncoded(encoded);

        Assert.Equal(6 * 32 + 2016, encoded.Length);
        Assert.Equal(Keccak256.Hash(Keccak256.Hash(encoded).ToArray()), MessagesMerkleTree.Leaf(message));
    }

    private static (L2ToL1Message[] Messages, JsonElement Vector) Case(int index)
    {
        var vector = Vectors()[index];
        var messages = vector.GetProperty("messages").EnumerateArray().Select(message => new L2ToL1Message(
            ulong.Parse(message.GetProperty("nonce").GetString()!, CultureInfo.InvariantCulture),
            (MessageKind)message.GetProperty("kind").GetInt32(),
            Address.Parse(message.GetProperty("target").GetString()!),
            new Amount(UInt128.Parse(message.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture)),
            Hex.Decode(message.GetProperty("data").GetString()!))).ToArray();
        return (messages, vector);
    }

    private static JsonElement Vectors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "State", "Vectors", "messages-tree-vectors.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cases");
    }
}
