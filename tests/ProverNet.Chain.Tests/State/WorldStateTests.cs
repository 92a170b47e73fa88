using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Storage;

namespace ProverNet.Chain.Tests.State;

public class WorldStateTests
{
    private static readonly Address Alice = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static readonly Address Bob = Address.Parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

    [Fact]
    public void GetAccount_Untouched_IsEmpty()
    {
        var state = new WorldState(new MemoryStore());

        Assert.True(state.GetAccount(Alice).IsEmpty);
        Assert.Equal(Hash256.Zero, state.Root);
    }

    [Fact]
    public void Debit_MoreThanTheBalance_ThrowsAndChangesNothing()
    {
        var state = new WorldState(new MemoryStore());
        state.Credit(Alice, new Amount(10));

        var error = Assert.Throws<InsufficientBalanceException>(() => state.Debit(Alice, new Amount(11)));

        Assert.Equal(new Amount(10), error.Balance);
        Assert.Equal(new Amount(10), state.GetAccount(Alice).Balance);
    }

    [Fact]
    public void Restore_NestedCheckpoints_UndoesOnlyTheInnerChanges()
    {
        var state = new WorldState(new MemoryStore());
        state.Credit(Alice, new Amount(100));
        var outer = state.Checkpoint();
        state.Debit(Alice, new Amount(30));
        state.Credit(Bob, new Amount(30));
        var inner = state.Checkpoint();
        state.SetAccount(Bob, new AccountState(new Amount(1), 9));

        state.Restore(inner);
        Assert.Equal(new AccountState(new Amount(30), 0), state.GetAccount(Bob));

        state.Restore(outer);
        Assert.Equal(new Amount(100), state.GetAccount(Alice).Balance);
        Assert.True(state.GetAccount(Bob).IsEmpty);
    }

    [Fact]
    public void Commit_SameAccountsInAnyOrder_SameRoot()
    {
        var first = new WorldState(new MemoryStore());
        first.Credit(Alice, new Amount(5));
        first.Credit(Bob, new Amount(7));
        var second = new WorldState(new MemoryStore());
        second.Credit(Bob, new Amount(7));
        second.Credit(Alice, new Amount(5));

        using var firstBatch = new MemoryStore().StartBatch();
        using var secondBatch = new MemoryStore().StartBatch();

        Assert.Equal(first.Commit(firstBatch), second.Commit(secondBatch));
        Assert.NotEqual(Hash256.Zero, first.Root);
    }

    [Fact]
    public void Commit_AccountEmptiedAgain_RootReturnsToEmpty()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Credit(Alice, new Amount(5));
        CommitTo(store, state);

        state.Debit(Alice, new Amount(5));
        CommitTo(store, state);

        Assert.Equal(Hash256.Zero, state.Root);
        Assert.Null(store.Get(ColumnFamily.State, StateKeys.Account(Alice)));
    }

    [Fact]
    public void Commit_ThenReopen_SameRootAndBalances()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Credit(Alice, Amount.FromBrev(3));
        state.SetAccount(Bob, new AccountState(new Amount(1), 4));
        var root = CommitTo(store, state);

        var reopened = new WorldState(store);

        Assert.Equal(root, reopened.Root);
        Assert.Equal(Amount.FromBrev(3), reopened.GetAccount(Alice).Balance);
        Assert.Equal(4UL, reopened.GetAccount(Bob).Nonce);
    }

    [Fact]
    public void Get_AfterCommitBeforeTheBatchIsWritten_SeesTheNewValues()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        using var batch = store.StartBatch();
        state.Credit(Alice, new Amount(8));

        state.Commit(batch);

        Assert.Equal(new Amount(8), state.GetAccount(Alice).Balance);
        Assert.Null(store.Get(ColumnFamily.State, StateKeys.Account(Alice)));
    }

    [Fact]
    public void Commit_KeyCreatedAndDeletedSinceTheLastCommit_WritesNothingForIt()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Credit(Alice, new Amount(1));
        var committed = CommitTo(store, state);
        state.Set(StateKeys.Account(Bob), new AccountState(new Amount(2), 1).Encode());
        state.Set(StateKeys.Account(Bob), null);
        using var batch = store.StartBatch();

        var root = state.Commit(batch);

        Assert.Equal(0, batch.Count);
        Assert.Equal(committed, root);
    }

    [Fact]
    public void Commit_DeletedKeyStillInAnUnwrittenBatch_IsDeleted()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        using var batch = store.StartBatch();
        state.Credit(Alice, new Amount(1));
        state.Commit(batch);
        state.Set(StateKeys.Account(Alice), null);

        var root = state.Commit(batch);
        batch.Commit();
        state.Release();

        Assert.Equal(Hash256.Zero, root);
        Assert.Null(store.Get(ColumnFamily.State, StateKeys.Account(Alice)));
    }

    [Fact]
    public void Discard_UnwrittenCommit_ReturnsToTheCommittedState()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Credit(Alice, new Amount(1));
        var committed = CommitTo(store, state);
        state.Credit(Bob, new Amount(2));
        using (var thrownAway = store.StartBatch())
        {
            state.Commit(thrownAway);
        }

        state.Discard();

        Assert.Equal(committed, state.Root);
        Assert.True(state.GetAccount(Bob).IsEmpty);
    }

    [Fact]
    public void SetProver_ThenReopen_ReadsTheMirror()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        Assert.Null(state.GetProver(Alice));
        var record = new ProverRecord(Amount.FromBrev(5), Amount.FromBrev(1), ProverStatus.Active, Amount.FromBrev(2));

        state.SetProver(Alice, record);
        CommitTo(store, state);

        Assert.Equal(record, new WorldState(store).GetProver(Alice));
        Assert.True(new WorldState(store).GetAccount(Alice).IsEmpty);
    }

    private static Hash256 CommitTo(MemoryStore store, WorldState state)
    {
        using var batch = store.StartBatch();
        var root = state.Commit(batch);
        batch.Commit();
        state.Release();
        return root;
    }

    [Fact]
    public void Scan_CommittedWrittenAndChangedEntries_MergesInKeyOrderWithoutDeleted()
    {
        var store = new MemoryStore();
        var state = new WorldState(store);
        state.Set([0x10, 1], [1]);
        state.Set([0x10, 3], [3]);
        state.Set([0x10, 5], [5]);
        state.Set([0x11, 0], [9]);
        using (var batch = store.StartBatch())
        {
            state.Commit(batch);
            batch.Commit();
        }

        state.Release();
        state.Set([0x10, 2], [2]);
        state.Set([0x10, 3], null);
        using (var batch = store.StartBatch())
        {
            state.Commit(batch); // written but not committed: still visible
        }

        state.Set([0x10, 5], [50]);
        state.Set([0x10, 6], [6]);
        state.Set([0x0f, 0xff], [0]);

        var entries = state.Scan([0x10]).Select(entry => (entry.Key[1], entry.Value[0])).ToArray();

        Assert.Equal([(1, 1), (2, 2), (5, 50), (6, 6)], entries);
    }
}
