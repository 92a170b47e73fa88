using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public sealed class TreePageTests
{
    private static Hash256 Hash(int i, int salt = 0) => Keccak256.Hash([(byte)i, (byte)(i >> 8), (byte)salt]);

    /// <summary>A path whose first nibble is <paramref name="slot"/> (a root page's slot), the rest random.</summary>
    private static Hash256 PathInSlot(int slot, Random random)
    {
        var bytes = new byte[Hash256.Length];
        random.NextBytes(bytes);
        bytes[0] = (byte)((slot << 4) | (bytes[0] & 0x0F));
        return new Hash256(bytes);
    }

    private static TreePageSlots RandomSlots(Random random, out Dictionary<Hash256, Hash256> leaves)
    {
        var slots = default(TreePageSlots);
        leaves = [];
        for (var slot = 0; slot < TreePage.Fanout; slot++)
        {
            switch (random.Next(3))
            {
                case 0:
                    var path = PathInSlot(slot, random);
                    var value = Hash(slot, random.Next());
                    slots.SetLeaf(slot, path, value, TreeHashing.Leaf(path, value));
                    leaves[path] = value;
                    break;
                case 1:
                    slots.SetBranch(slot, Hash(slot, random.Next()));
                    break;
            }
        }

        return slots;
    }

    private static TreePage Filled(in TreePageSlots slots, TreePage? previous = null, ushort changed = ushort.MaxValue)
    {
        var page = new TreePage(TreePage.CapacityFor(slots));
        page.Fill(slots, previous, changed);
        return page;
    }

    private static void AssertSamePositions(TreePage expected, TreePage actual)
    {
        for (var position = 1; position < 2 * TreePage.Fanout; position++)
        {
            Assert.Equal(expected.KindAt(position), actual.KindAt(position));
            Assert.Equal(expected.HashAt(position), actual.HashAt(position));
        }
    }

    [Fact]
    public void Fill_LeavesOnly_HashIsTheNaiveRootOfTheLeaves()
    {
        var random = new Random(11);
        for (var run = 0; run < 200; run++)
        {
            var slots = default(TreePageSlots);
            var leaves = new Dictionary<Hash256, Hash256>();
            for (var slot = 0; slot < TreePage.Fanout; slot++)
            {
                if (random.Next(4) == 0)
                {
                    var path = PathInSlot(slot, random);
                    slots.SetLeaf(slot, path, Hash(slot, run), TreeHashing.Leaf(path, Hash(slot, run)));
                    leaves[path] = Hash(slot, run);
                }
            }

            var page = Filled(slots);

            Assert.Equal(NaiveSparseMerkleRoot.Compute(leaves), page.Hash);
            Assert.Equal(leaves.Count switch { 0 => NodeKind.Empty, 1 => NodeKind.Leaf, _ => NodeKind.Internal }, page.Kind);
            if (leaves.Count == 1)
            {
                Assert.Equal(TreeNode.Leaf(leaves.Keys.Single(), leaves.Values.Single()), page.LeafUnder(1));
            }
        }
    }

    [Fact]
    public void Fill_OneBranchSlot_HashesItWithEmptySiblingsUpToTheTop()
    {
        var slots = default(TreePageSlots);
        var branch = Hash(1);
        slots.SetBranch(5, branch); // binary 0101 from the top: left, right, left, right

        var page = Filled(slots);

        var expected = TreeHashing.Internal(
            TreeHashing.Internal(Hash256.Zero, TreeHashing.Internal(TreeHashing.Internal(Hash256.Zero, branch), Hash256.Zero)),
            Hash256.Zero);
        Assert.Equal(NodeKind.Internal, page.Kind);
        Assert.Equal(expected, page.Hash);
    }

    [Fact]
    public void Fill_WithPreviousAndChangedSlots_EqualsRecomputingEverything()
    {
        var random = new Random(12);
        for (var run = 0; run < 200; run++)
        {
            var slots = RandomSlots(random, out _);
            var previous = Filled(slots);
            ushort changed = 0;
            for (var slot = 0; slot < TreePage.Fanout; slot++)
            {
                if (random.Next(5) == 0)
                {
                    changed |= (ushort)(1 << slot);
                    if (random.Next(2) == 0)
                    {
                        slots.SetEmpty(slot);
                    }
                    else
                    {
                        var path = PathInSlot(slot, random);
                        slots.SetLeaf(slot, path, Hash(run), TreeHashing.Leaf(path, Hash(run)));
                    }
                }
            }

            AssertSamePositions(Filled(slots), Filled(slots, previous, changed));
        }
    }

    [Fact]
    public void WriteTo_ThenRead_RoundTripsSlotsAndHashes()
    {
        var random = new Random(13);
        var buffer = new byte[TreePage.MaxEncodedLength];
        for (var run = 0; run < 100; run++)
        {
            var slots = RandomSlots(random, out _);
            if ((slots.LeafMask | slots.BranchMask) == 0)
            {
                continue;
            }

            var page = Filled(slots);
            var readSlots = default(TreePageSlots);
            TreePage.Read(buffer.AsSpan(0, page.WriteTo(buffer)), ref readSlots);
            var read = Filled(readSlots);

            AssertSamePositions(page, read);
            var copy = default(TreePageSlots);
            read.CopyTo(ref copy);
            Assert.Equal(slots.LeafMask, copy.LeafMask);
            Assert.Equal(slots.BranchMask, copy.BranchMask);
            for (var slot = 0; slot < TreePage.Fanout; slot++)
            {
                Assert.Equal(slots.KindAt(slot) == NodeKind.Empty ? Hash256.Zero : slots.Hashes[slot], copy.Hashes[slot]);
                if (slots.KindAt(slot) == NodeKind.Leaf)
                {
                    Assert.Equal(slots.Paths[slot], read.LeafPath(slot));
                    Assert.Equal(slots.Values[slot], read.LeafValue(slot));
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("50")]
    [InlineData("4f00010000")] // wrong format byte
    [InlineData("5000000000")] // no slot at all
    [InlineData("5000010001")] // slot 0 both a leaf and a branch
    [InlineData("5000000001")] // a branch without its hash
    public void Read_NotAStoredPage_ThrowsInvalidData(string hex)
    {
        var slots = default(TreePageSlots);
        Assert.Throws<InvalidDataException>(() => TreePage.Read(Hex.Decode("0x" + hex), ref slots));
    }

    [Fact]
    public void CapacityFor_SparseAndFullPages_PicksTheSmallestClassThatHoldsThem()
    {
        var random = new Random(14);
        var twoLeaves = default(TreePageSlots);
        foreach (var slot in new[] { 0, 15 })
        {
            var path = PathInSlot(slot, random);
            twoLeaves.SetLeaf(slot, path, Hash(slot), TreeHashing.Leaf(path, Hash(slot)));
        }

        var allLeaves = default(TreePageSlots);
        for (var slot = 0; slot < TreePage.Fanout; slot++)
        {
            var path = PathInSlot(slot, random);
            allLeaves.SetLeaf(slot, path, Hash(slot), TreeHashing.Leaf(path, Hash(slot)));
        }

        Assert.Equal(8, TreePage.CapacityFor(twoLeaves)); // the top position (the others hold lone leaves) and two leaves of three hashes each
        Assert.Equal(64, TreePage.CapacityFor(allLeaves)); // 15 positions and 16 leaves of three hashes each
        Assert.Throws<InvalidOperationException>(() => new TreePage(32).Fill(allLeaves, previous: null, ushort.MaxValue));
    }
}
