using System.Text;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public sealed class SparseMerkleTreeTests
{
    private static byte[] Key(int i) => Encoding.ASCII.GetBytes($"account/{i}");

    private static Hash256 Value(int i, int version = 0) => Keccak256.Hash(Encoding.ASCII.GetBytes($"value/{i}/{version}"));

    private static Hash256 Commit(SparseMerkleTree tree, IKeyValueStore store)
    {
        using var batch = store.StartBatch();
        var root = tree.Commit(batch);
        batch.Commit();
        tree.ReleaseWrittenNodes();
        return root;
    }

    [Fact]
    public void Root_EmptyTree_IsZero()
    {
        var tree = new SparseMerkleTree(new MemoryStore());

        Assert.Equal(Hash256.Zero, tree.Root);
        Assert.Equal(TreeHashing.EmptyHash, tree.Root);
    }

    [Fact]
    public void Commit_SingleKey_RootIsLeafHash()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        tree.Set(Key(1), Value(1));

        var root = Commit(tree, store);

        Assert.Equal(TreeHashing.Leaf(TreeHashing.PathOf(Key(1)), Value(1)), root);
    }

    [Fact]
    public void Commit_PathsDifferingOnlyInLastBit_BuildsFullDepthAndMatchesNaive()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        var model = new SortedDictionary<Hash256, Hash256>();
        byte[] low = new byte[32], high = new byte[32], far = new byte[32];
        high[31] = 1;
        far[0] = 0x80;
        foreach (var path in new[] { low, high, far })
        {
            tree.SetPath(new Hash256(path), Value(path[0] + path[31]));
            model[new Hash256(path)] = Value(path[0] + path[31]);
        }

        Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(tree, store));

        tree.DeletePath(new Hash256(high));
        model.Remove(new Hash256(high));
        Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(tree, store));
    }

    [Fact]
    public void Commit_SameUpdatesInAnyOrder_SameRoot()
    {
        var random = new Random(1);
        var operations = Enumerable.Range(0, 200).Select(i => (Key: random.Next(60), Version: i)).ToArray();
        Hash256? expected = null;

        for (var attempt = 0; attempt < 5; attempt++)
        {
            // Different commit boundaries and interleavings of independent keys; per-key order is kept (last write wins).
            var shuffled = operations.GroupBy(op => op.Key).OrderBy(_ => random.Next()).SelectMany(group => group).ToArray();
            var store = new MemoryStore();
            var tree = new SparseMerkleTree(store);
            foreach (var chunk in shuffled.Chunk(random.Next(1, 50)))
            {
                foreach (var (key, version) in chunk)
                {
                    tree.Set(Key(key), Value(key, version));
                }

                Commit(tree, store);
            }

            expected ??= tree.Root;
            Assert.Equal(expected, tree.Root);
        }
    }

    [Fact]
    public void Commit_RandomSmallSetsWithDeletes_MatchesNaiveRecomputationAfterEveryCommit()
    {
        var random = new Random(2);
        for (var run = 0; run < 30; run++)
        {
            var store = new MemoryStore();
            var tree = new SparseMerkleTree(store);
            var model = new SortedDictionary<Hash256, Hash256>();
            for (var block = 0; block < 8; block++)
            {
                for (var change = random.Next(0, 12); change > 0; change--)
                {
                    var key = random.Next(20);
                    if (random.Next(3) == 0)
                    {
                        tree.Delete(Key(key));
                        model.Remove(TreeHashing.PathOf(Key(key)));
                    }
                    else
                    {
                        tree.Set(Key(key), Value(key, block));
                        model[TreeHashing.PathOf(Key(key))] = Value(key, block);
                    }
                }

                Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(tree, store));
            }
        }
    }

    [Fact]
    public void Commit_Incremental_EqualsRebuildFromScratchAndStoresSameNodes()
    {
        var random = new Random(3);
        var incrementalStore = new MemoryStore();
        var incremental = new SparseMerkleTree(incrementalStore);
        var model = new SortedDictionary<int, int>();
        for (var block = 0; block < 40; block++)
        {
            for (var change = 0; change < 25; change++)
            {
                var key = random.Next(300);
                if (random.Next(4) == 0)
                {
                    incremental.Delete(Key(key));
                    model.Remove(key);
                }
                else
                {
                    incremental.Set(Key(key), Value(key, block));
                    model[key] = block;
                }
            }

            Commit(incremental, incrementalStore);
        }

        var rebuiltStore = new MemoryStore();
        var rebuilt = new SparseMerkleTree(rebuiltStore);
        foreach (var (key, version) in model)
        {
            rebuilt.Set(Key(key), Value(key, version));
        }

        Assert.Equal(Commit(rebuilt, rebuiltStore), incremental.Root);
        Assert.Equal(StoredNodes(rebuiltStore), StoredNodes(incrementalStore));
    }

    [Fact]
    public void Commit_DeleteEverything_LeavesNoNodesAndEmptyRoot()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        for (var i = 0; i < 100; i++)
        {
            tree.Set(Key(i), Value(i));
        }

        Commit(tree, store);
        for (var i = 0; i < 100; i++)
        {
            tree.Delete(Key(i));
        }

        Assert.Equal(Hash256.Zero, Commit(tree, store));
        Assert.Empty(StoredNodes(store));
    }

    [Fact]
    public void Commit_TwoCommitsInOneBatch_SecondSeesFirst()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        using var batch = store.StartBatch();
        tree.Set(Key(1), Value(1));
        tree.Commit(batch);
        tree.Set(Key(2), Value(2));
        var root = tree.Commit(batch);
        batch.Commit();

        Assert.Equal(NaiveSparseMerkleRoot.Compute(new SortedDictionary<Hash256, Hash256>
        {
            [TreeHashing.PathOf(Key(1))] = Value(1),
            [TreeHashing.PathOf(Key(2))] = Value(2),
        }), root);
        Assert.Equal(root, new SparseMerkleTree(store).Root);
    }

    [Fact]
    public void Commit_NothingPending_ReturnsRootAndWritesNothing()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        using var batch = store.StartBatch();

        Assert.Equal(Hash256.Zero, tree.Commit(batch));
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Constructor_ReopenedRocksDbStore_ContinuesFromCommittedRoot()
    {
        var directory = Directory.CreateTempSubdirectory("provernet-smt-").FullName;
        try
        {
            Hash256 root;
            using (var store = RocksDbStore.Open(directory))
            {
                var tree = new SparseMerkleTree(store);
                for (var i = 0; i < 50; i++)
                {
                    tree.Set(Key(i), Value(i));
                }

                root = Commit(tree, store);
            }

            using var reopened = RocksDbStore.Open(directory);
            var continued = new SparseMerkleTree(reopened);
            Assert.Equal(root, continued.Root);
            continued.Delete(Key(7));
            var model = Enumerable.Range(0, 50).Where(i => i != 7)
                .ToDictionary(i => TreeHashing.PathOf(Key(i)), i => Value(i));
            Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(continued, reopened));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Constructor_StoreWithABinaryNodeFormatRoot_ThrowsInvalidDataNamingTheFormat()
    {
        var store = new MemoryStore();
        store.Put(ColumnFamily.StateTree, new byte[2 + Hash256.Length], new byte[65]);

        var error = Assert.Throws<InvalidDataException>(() => new SparseMerkleTree(store));

        Assert.Contains("binary-node format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetProof_EveryPresentAndSomeAbsentKeys_VerifyWithTheRightValue()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        for (var i = 0; i < 64; i++)
        {
            tree.Set(Key(i), Value(i));
        }

        var root = Commit(tree, store);
        for (var i = 0; i < 80; i++)
        {
            var proof = tree.GetProof(Key(i));

            Assert.True(proof.Verify(root, TreeHashing.PathOf(Key(i)), out var proven));
            Assert.Equal(i < 64 ? Value(i) : null, proven);
        }
    }

    [Fact]
    public void DiscardWrittenNodes_AfterAbandonedBatch_ReturnsToCommittedRootAndStaysConsistent()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store);
        for (var i = 0; i < 40; i++)
        {
            tree.Set(Key(i), Value(i));
        }

        var committed = Commit(tree, store);
        using (var abandoned = store.StartBatch())
        {
            tree.Delete(Key(3));
            tree.Set(Key(100), Value(100));
            Assert.NotEqual(committed, tree.Commit(abandoned));
        }

        tree.DiscardWrittenNodes();
        Assert.Equal(committed, tree.Root);

        tree.Set(Key(41), Value(41));
        var model = Enumerable.Range(0, 42).Where(i => i != 40).ToDictionary(i => TreeHashing.PathOf(Key(i)), i => Value(i));
        Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(tree, store));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(256)]
    public void Commit_AnyCacheDepth_SameRootAndNodes(int cachedDepth)
    {
        var reference = new MemoryStore();
        var store = new MemoryStore();
        var referenceTree = new SparseMerkleTree(reference);
        var tree = new SparseMerkleTree(store, cachedDepth);
        var random = new Random(4);
        for (var block = 0; block < 20; block++)
        {
            for (var change = 0; change < 15; change++)
            {
                var key = random.Next(100);
                if (random.Next(3) == 0)
                {
                    tree.Delete(Key(key));
                    referenceTree.Delete(Key(key));
                }
                else
                {
                    tree.Set(Key(key), Value(key, block));
                    referenceTree.Set(Key(key), Value(key, block));
                }
            }

            Assert.Equal(Commit(referenceTree, reference), Commit(tree, store));
        }

        Assert.Equal(StoredNodes(reference), StoredNodes(store));
    }

    [Fact]
    public void Commit_BlocksLargeEnoughToSplitAcrossThreads_MatchNaiveAndStoreTheNodesOfSmallCommits()
    {
        // Thousands of changes per commit put both sides of the top levels on different threads; the same changes in
        // commits of 40 never split. Inserts, updates and deletes (whole top-level quarters emptied, then refilled) must
        // give the naive root and the very same stored nodes either way.
        var random = new Random(5);
        var largeStore = new MemoryStore();
        var large = new SparseMerkleTree(largeStore);
        var smallStore = new MemoryStore();
        var small = new SparseMerkleTree(smallStore);
        var model = new SortedDictionary<Hash256, Hash256>();
        for (var block = 0; block < 6; block++)
        {
            var changes = new List<(Hash256 Path, Hash256? Value)>();
            for (var change = 0; change < 3000; change++)
            {
                var path = TreeHashing.PathOf(Key(random.Next(6000)));
                var emptiedQuarter = block == 3 && (path.ToArray()[0] >> 6) == 2;
                changes.Add((path, emptiedQuarter || random.Next(5) == 0 ? null : Value(change, block)));
            }

            if (block == 3)
            {
                changes.AddRange(model.Keys.Where(path => (path.ToArray()[0] >> 6) == 2).Select(path => (path, (Hash256?)null)));
            }

            foreach (var (path, value) in changes)
            {
                Stage(large, path, value);
                if (value is { } set)
                {
                    model[path] = set;
                }
                else
                {
                    model.Remove(path);
                }
            }

            foreach (var chunk in changes.Chunk(40))
            {
                foreach (var (path, value) in chunk)
                {
                    Stage(small, path, value);
                }

                Commit(small, smallStore);
            }

            Assert.Equal(NaiveSparseMerkleRoot.Compute(model), Commit(large, largeStore));
            Assert.Equal(large.Root, small.Root);
        }

        Assert.Equal(StoredNodes(smallStore), StoredNodes(largeStore));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(SparseMerkleTree.DefaultCachedDepth)]
    [InlineData(256)]
    public void Commit_ManyBlocksWithSharedBatchesAndDiscards_StaysEqualToNaiveAndProvesEveryKey(int cachedDepth)
    {
        // Page objects are reused once nothing refers to them (released, replaced or discarded); reusing one too early
        // would change a cached or pending page under the tree. Mixed block sizes (some split across threads), two
        // commits sharing a batch, and abandoned batches all exercise those hand-backs.
        var random = new Random(6);
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store, cachedDepth);
        var model = new SortedDictionary<Hash256, Hash256>();
        for (var block = 0; block < 40; block++)
        {
            var abandon = block % 7 == 3;
            var pending = new SortedDictionary<Hash256, Hash256>(model);
            using (var batch = store.StartBatch())
            {
                for (var part = 0; part < 1 + (block % 2); part++)
                {
                    var changes = random.Next(4) == 0 ? 600 : random.Next(1, 40);
                    for (var change = 0; change < changes; change++)
                    {
                        var path = TreeHashing.PathOf(Key(random.Next(1500)));
                        Hash256? value = random.Next(4) == 0 ? null : Value(change, block);
                        Stage(tree, path, value);
                        if (value is { } set)
                        {
                            pending[path] = set;
                        }
                        else
                        {
                            pending.Remove(path);
                        }
                    }

                    Assert.Equal(NaiveSparseMerkleRoot.Compute(pending), tree.Commit(batch));
                }

                if (!abandon)
                {
                    batch.Commit();
                }
            }

            if (abandon)
            {
                tree.DiscardWrittenNodes();
            }
            else
            {
                tree.ReleaseWrittenNodes();
                model = pending;
            }

            Assert.Equal(NaiveSparseMerkleRoot.Compute(model), tree.Root);
            foreach (var path in model.Keys.Where((_, index) => index % 37 == block % 37))
            {
                Assert.True(tree.GetProofForPath(path).Verify(tree.Root, path, out var proven));
                Assert.Equal(model[path], proven);
            }
        }
    }

    [Fact]
    public void Commit_CorruptPageUnderAParallelPart_ThrowsInvalidDataAndWritesNothing()
    {
        var store = new MemoryStore();
        var tree = new SparseMerkleTree(store, cachedDepth: 0);
        for (var i = 0; i < 4000; i++)
        {
            tree.Set(Key(i), Value(i));
        }

        var root = Commit(tree, store);
        // Every page at depth 4 under the first slot of the root (key 1 ‖ 0x0…): the first of the two parallel parts.
        var corrupt = new byte[] { 7 };
        foreach (var entry in store.Iterate(ColumnFamily.StateTree, [1, 0x00], [1, 0x10]))
        {
            store.Put(ColumnFamily.StateTree, entry.Key, corrupt);
        }

        for (var i = 0; i < 4000; i++)
        {
            tree.Set(Key(i), Value(i, 1));
        }

        using var batch = store.StartBatch();
        Assert.Throws<InvalidDataException>(() => tree.Commit(batch));
        Assert.Equal(0, batch.Count);
        Assert.Equal(root, tree.Root);
    }

    private static void Stage(SparseMerkleTree tree, Hash256 path, Hash256? value)
    {
        if (value is { } set)
        {
            tree.SetPath(path, set);
        }
        else
        {
            tree.DeletePath(path);
        }
    }

    private static string[] StoredNodes(MemoryStore store) =>
        store.Iterate(ColumnFamily.StateTree, [], null).Select(entry => Hex.Encode(entry.Key) + Hex.Encode(entry.Value)).ToArray();
}
