using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public sealed class TreePageStoreTests
{
    private static readonly Hash256 Path = Keccak256.Hash([1]);

    private static TreePage Page(TreePageStore pages, int salt)
    {
        var slots = default(TreePageSlots);
        slots.SetBranch(0, Keccak256.Hash([(byte)salt]));
        slots.SetBranch(1, Keccak256.Hash([(byte)salt, 1]));
        var page = pages.Rent(TreePage.CapacityFor(slots));
        page.Fill(slots, previous: null, changedSlots: ushort.MaxValue);
        return page;
    }

    private static void Write(TreePageStore pages, MemoryStore store, int depth, TreePage? page)
    {
        var writes = new TreePageWrites();
        writes.Write(depth, Path, page);
        using var batch = store.StartBatch();
        pages.Apply(batch, writes);
        batch.Commit();
    }

    [Fact]
    public void Rent_AfterRecycle_ReturnsThatObjectForItsClassOnly()
    {
        var pages = new TreePageStore(new MemoryStore(), cachedDepth: 16);
        var small = new TreePage(8);
        pages.Recycle(small);

        Assert.NotSame(small, pages.Rent(16));
        Assert.Same(small, pages.Rent(8));
        Assert.NotSame(small, pages.Rent(8));
    }

    [Fact]
    public void ReleaseOverlay_ReplacingACachedPage_HandsBackTheReplacedOneAndKeepsTheNew()
    {
        var store = new MemoryStore();
        var pages = new TreePageStore(store, cachedDepth: 16);
        var first = Page(pages, 1);
        Write(pages, store, 4, first);
        pages.ReleaseOverlay();
        var second = Page(pages, 2);
        Write(pages, store, 4, second);

        pages.ReleaseOverlay();

        Assert.Same(second, pages.Load(4, Path));
        Assert.Same(first, pages.Rent(first.Capacity));
    }

    [Fact]
    public void ReleaseOverlay_PageBelowTheCachedDepth_HandsItBackAndReadsItFromTheStore()
    {
        var store = new MemoryStore();
        var pages = new TreePageStore(store, cachedDepth: 4);
        var written = Page(pages, 3);
        var hash = written.Hash;
        Write(pages, store, 4, written);

        pages.ReleaseOverlay();

        Assert.Same(written, pages.Rent(written.Capacity));
        var read = pages.Load(4, Path);
        Assert.NotSame(written, read);
        Assert.Equal(hash, read!.Hash);
    }

    [Fact]
    public void DiscardOverlay_AbandonedWrite_ForgetsItAndHandsItBack()
    {
        var store = new MemoryStore();
        var pages = new TreePageStore(store, cachedDepth: 16);
        var abandoned = Page(pages, 4);
        var writes = new TreePageWrites();
        writes.Write(4, Path, abandoned);
        using (var batch = store.StartBatch())
        {
            pages.Apply(batch, writes);
            Assert.Same(abandoned, pages.Load(4, Path));
        }

        pages.DiscardOverlay();

        Assert.Null(pages.Load(4, Path));
        Assert.Same(abandoned, pages.Rent(abandoned.Capacity));
    }

    [Fact]
    public void Apply_SecondWriteToAPositionInTheSameBatch_HandsBackTheFirstAndStoresTheSecond()
    {
        var store = new MemoryStore();
        var pages = new TreePageStore(store, cachedDepth: 16);
        var first = Page(pages, 5);
        var second = Page(pages, 6);
        using (var batch = store.StartBatch())
        {
            foreach (var page in new[] { first, second })
            {
                var writes = new TreePageWrites();
                writes.Write(4, Path, page);
                pages.Apply(batch, writes);
            }

            batch.Commit();
        }

        pages.ReleaseOverlay();

        Assert.Same(second, pages.Load(4, Path));
        Assert.Same(first, pages.Rent(first.Capacity));
        Assert.Single(store.Iterate(ColumnFamily.StateTree, [], null));
    }
}
