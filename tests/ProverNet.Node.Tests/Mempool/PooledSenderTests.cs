using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class PooledSenderTests
{
    private static readonly TransactionSigner Signer = new(Keccak256.Hash("pooled-sender"u8).ToArray());

    [Fact]
    public void Refresh_BalanceNoLongerCoversTheRun_KeepsThemButFewerReady()
    {
        var sender = new PooledSender(Signer.Address, new AccountState(new Amount(100), 0));
        sender.Add(Pooled(0, 40));
        sender.Add(Pooled(1, 40));
        var removed = new List<PooledTransaction>();

        var change = sender.Refresh(new AccountState(new Amount(50), 0), removed);

        Assert.Equal(-1, change);
        Assert.Equal((2, 1), (sender.Count, sender.ReadyCount));
        Assert.True(sender.IsShortOfFunds);
        Assert.Empty(removed);
    }

    [Fact]
    public void Refresh_NonceAdvanced_RemovesThePassedAndPromotesTheRest()
    {
        var sender = new PooledSender(Signer.Address, new AccountState(new Amount(100), 0));
        sender.Add(Pooled(0, 10));
        sender.Add(Pooled(2, 10));
        var removed = new List<PooledTransaction>();

        var change = sender.Refresh(new AccountState(new Amount(100), 2), removed);

        Assert.Equal(0UL, Assert.Single(removed).Nonce);
        Assert.Equal(0, change);
        Assert.Equal((1, 1), (sender.Count, sender.ReadyCount));
        Assert.Equal(3UL, sender.NextNonce);
        Assert.False(sender.IsShortOfFunds);
    }

    [Fact]
    public void Add_FundsRunOutMidway_ReadyStopsThere()
    {
        var sender = new PooledSender(Signer.Address, new AccountState(new Amount(100), 0));

        Assert.Equal(1, sender.Add(Pooled(0, 60)));
        Assert.Equal(0, sender.Add(Pooled(1, 60)));
        Assert.False(sender.Affords(1, 0));
        Assert.True(sender.Affords(40, 60));
    }

    [Fact]
    public void Remove_InsideTheReadyRun_LaterOnesBecomeFuture()
    {
        var sender = new PooledSender(Signer.Address, new AccountState(new Amount(100), 0));
        sender.Add(Pooled(0, 10));
        sender.Add(Pooled(1, 10));
        sender.Add(Pooled(2, 10));

        Assert.Equal(-2, sender.Remove(1));
        Assert.Equal((2, 1, 20), (sender.Count, sender.ReadyCount, (int)sender.TotalCost));
        Assert.Equal(0, sender.Remove(2));
    }

    private static PooledTransaction Pooled(ulong nonce, UInt128 cost)
    {
        var raw = Signer.SignDynamicFee(7351, nonce, 1, 1_000_000_000, 21_000, Address.Zero, UInt256.Zero, []);
        Assert.True(new TransactionDecoder().TryDecode(raw, out var transaction, out _));
        return new PooledTransaction(transaction, cost, nonce);
    }
}
