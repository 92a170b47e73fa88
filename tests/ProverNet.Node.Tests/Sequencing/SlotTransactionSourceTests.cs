using Microsoft.Extensions.Time.Testing;
using ProverNet.Chain.Execution;
using ProverNet.Core.Transactions;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Mempool;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class SlotTransactionSourceTests
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Next_CapReached_BlockHoldsTheCapAndTheRestStaysInThePoolForTheNextBlock()
    {
        using var harness = new PoolHarness(accounts: 8);
        for (var signer = 0; signer < 8; signer++)
        {
            for (ulong nonce = 0; nonce < 150; nonce++)
            {
                harness.SubmitAccepted(harness.Transfer(signer, nonce));
            }
        }

        using var firstDrawing = Drawing(harness.Pool, cap: 1_000);
        var first = harness.Produce(firstDrawing);
        using var secondDrawing = Drawing(harness.Pool, cap: 1_000);
        var second = harness.Produce(secondDrawing);

        Assert.Equal(1_000, first.Block.Body.UserTransactions.Count);
        Assert.Equal(200, second.Block.Body.UserTransactions.Count);
        Assert.Equal(0, harness.Pool.Count);
    }

    [Fact]
    public void Next_BuildingUsedTheBudget_StopsDrawingAndKeepsTheCandidate()
    {
        var time = new FakeTimeProvider();
        var inner = new SlowSource(time, TimeSpan.FromMilliseconds(200), count: 10);
        using var limited = new SlotTransactionSource(inner, cap: null, HalfSecond, TimeSpan.Zero, time, CancellationToken.None);
        var drawn = 0;

        while (limited.Next() is { } candidate)
        {
            limited.Resolve(candidate, PickResult.Added);
            drawn++;
        }

        Assert.Equal(3, drawn); // after 0, 200 and 400 ms; the fourth would start at 600 ms
        Assert.Equal(PickAction.Stop, inner.LastResult?.Action);
        Assert.Null(limited.Next());
    }

    [Fact]
    public async Task Next_PoolEmptyBeforeTheSlotEnds_WaitsAndTakesATransactionThatArrives()
    {
        using var harness = new PoolHarness();
        var time = new FakeTimeProvider();
        using var source = new SlotTransactionSource(harness.Pool, cap: null, TimeSpan.MaxValue, OneSecond, time, CancellationToken.None);

        var next = Task.Run(source.Next);
        await Task.Delay(200);
        Assert.False(next.IsCompleted); // waiting, not sealing the block early
        var hash = harness.SubmitAccepted(harness.Transfer(0, 0));

        Assert.Equal(hash, (await next.WaitAsync(Patience))?.Hash);
    }

    [Fact]
    public async Task Next_NothingArrives_ReturnsNullWhenTheSlotEnds()
    {
        using var harness = new PoolHarness();
        var time = new FakeTimeProvider();
        using var source = new SlotTransactionSource(harness.Pool, cap: null, TimeSpan.MaxValue, OneSecond, time, CancellationToken.None);

        var next = Task.Run(source.Next);
        await Task.Delay(100);
        time.Advance(OneSecond);

        Assert.Null(await next.WaitAsync(Patience));
    }

    [Fact]
    public async Task Next_NothingArrivesOnTheSystemClock_ReturnsNullWhenTheSlotEnds()
    {
        // A system timer may fire a little before a clock read says its time has come; the slot must end all the same.
        using var harness = new PoolHarness();
        for (var slot = 0; slot < 10; slot++)
        {
            using var source = new SlotTransactionSource(
                harness.Pool, cap: null, TimeSpan.MaxValue, TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None);

            Assert.Null(await Task.Run(source.Next).WaitAsync(Patience));
        }
    }

    [Fact]
    public async Task Next_Cancelled_ReturnsNullWithoutWaitingForTheSlotEnd()
    {
        using var harness = new PoolHarness();
        using var cancellation = new CancellationTokenSource();
        using var source = new SlotTransactionSource(harness.Pool, cap: null, TimeSpan.MaxValue, OneSecond, new FakeTimeProvider(), cancellation.Token);

        var next = Task.Run(source.Next);
        await Task.Delay(100);
        await cancellation.CancelAsync();

        Assert.Null(await next.WaitAsync(Patience));
    }

    [Fact]
    public async Task Next_TimeSpentWaitingForArrivals_IsNotCountedAgainstTheBudget()
    {
        using var harness = new PoolHarness();
        var time = new FakeTimeProvider();
        using var source = new SlotTransactionSource(harness.Pool, cap: null, HalfSecond, OneSecond, time, CancellationToken.None);

        var next = Task.Run(source.Next);
        await Task.Delay(100);
        time.Advance(TimeSpan.FromMilliseconds(800)); // past the budget, before the slot ends
        var hash = harness.SubmitAccepted(harness.Transfer(0, 0));

        Assert.Equal(hash, (await next.WaitAsync(Patience))?.Hash);
        Assert.Equal(TimeSpan.FromMilliseconds(800), source.Waited);
    }

    [Fact]
    public void Next_SourceWithoutArrivals_ReturnsNullAtOnceWhenItHasNothing()
    {
        var time = new FakeTimeProvider();
        using var source = new SlotTransactionSource(new SlowSource(time, TimeSpan.Zero, count: 0), cap: null, TimeSpan.MaxValue, OneSecond, time, CancellationToken.None);

        Assert.Null(source.Next());
    }

    private static SlotTransactionSource Drawing(ITransactionSource pool, int cap) =>
        new(pool, cap, TimeSpan.MaxValue, TimeSpan.Zero, new FakeTimeProvider(), CancellationToken.None);

    /// <summary>Hands out copies of one transaction; each decision advances the clock, as executing it would.</summary>
    private sealed class SlowSource(FakeTimeProvider time, TimeSpan perTransaction, int count) : ITransactionSource
    {
        private static readonly SignedTransaction Transaction = Decode();
        private int left = count;

        public PickResult? LastResult { get; private set; }

        public SignedTransaction? Next() => left > 0 ? Transaction : null;

        public void Resolve(SignedTransaction transaction, PickResult result)
        {
            LastResult = result;
            if (result.Action == PickAction.Add)
            {
                left--;
                time.Advance(perTransaction);
            }
        }

        private static SignedTransaction Decode()
        {
            using var harness = new PoolHarness(accounts: 1);
            Assert.True(new TransactionDecoder(harness.Genesis.ChainId).TryDecode(harness.Transfer(0, 0), out var transaction, out _));
            return transaction;
        }
    }
}
