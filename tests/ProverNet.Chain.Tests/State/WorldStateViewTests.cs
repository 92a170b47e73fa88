using ProverNet.Chain.State;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public class WorldStateViewTests
{
    private static readonly byte[] Watched = [0x42, 1];
    private static readonly byte[] Other = [0x43, 1];

    [Fact]
    public void View_SecondRequest_ReturnsTheAttachedViewWithoutBuilding()
    {
        var state = new WorldState(new MemoryStore());
        var first = state.View(_ => new LastValues());

        Assert.Same(first, state.View<LastValues>(_ => throw new InvalidOperationException("built twice")));
    }

    [Fact]
    public void Set_WatchedKind_ReportsTheValueAndIgnoresOtherKinds()
    {
        var state = new WorldState(new MemoryStore());
        var view = state.View(_ => new LastValues());

        state.Set(Watched, [7]);
        state.Set(Other, [8]);

        Assert.Equal("42-01=07", view.ToString());
    }

    [Fact]
    public void Restore_UndoneEntries_ReportTheValuesAsTheyReadAgain()
    {
        var state = new WorldState(new MemoryStore());
        var view = state.View(_ => new LastValues());
        state.Set(Watched, [1]);
        var checkpoint = state.Checkpoint();
        state.Set(Watched, [2]);
        state.Set(Watched, null);

        state.Restore(checkpoint);

        Assert.Equal("42-01=01", view.ToString());
    }

    [Fact]
    public void Discard_AfterCommitIntoAnUncommittedBatch_ReportsTheStoredValues()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Set(Watched, [1]);
        CommitInto(store, state);
        var view = state.View(_ => new LastValues());
        state.Set(Watched, [2]);
        using (var batch = store.StartBatch())
        {
            state.Commit(batch);
        }

        state.Discard();

        Assert.Equal("42-01=01", view.ToString());
    }

    private static void CommitInto(MemoryStore store, WorldState state)
    {
        using var batch = store.StartBatch();
        state.Commit(batch);
        batch.Commit();
        state.Release();
    }

    /// <summary>The last value reported for each key.</summary>
    private sealed class LastValues : IStateView
    {
        private readonly SortedDictionary<string, string> values = [];

        public bool Watches(byte kind) => kind == Watched[0];

        public void Changed(byte[] key, byte[]? value) => values[Convert.ToHexString(key)[..2] + "-" + Convert.ToHexString(key)[2..]] = value is null ? "absent" : Convert.ToHexString(value);

        public override string ToString() => string.Join(", ", values.Select(entry => $"{entry.Key}={entry.Value}"));
    }
}
