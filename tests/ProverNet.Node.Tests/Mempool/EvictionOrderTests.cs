using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class EvictionOrderTests
{
    [Fact]
    public void Cheapest_BaseFeeMoved_ReordersByTheNewEffectiveTips()
    {
        // At base fee 0, A tips 5 and B tips 4; at base fee 8, A's cap of 10 leaves 2 while B still tips 4.
        var order = new EvictionOrder();
        var a = Sender("a", maxFee: 10, tip: 5);
        var b = Sender("b", maxFee: 100, tip: 4);
        order.Update(a);
        order.Update(b);

        Assert.Same(b, order.Cheapest(0));
        Assert.Same(a, order.Cheapest(8));
    }

    [Fact]
    public void Update_SenderWithNothingLeft_LeavesTheOrder()
    {
        var order = new EvictionOrder();
        var sender = Sender("c", maxFee: 10, tip: 1);
        order.Update(sender);
        sender.Remove(0);

        order.Update(sender);

        Assert.Equal(0, order.Count);
        Assert.Null(order.Cheapest(0));
    }

    private static PooledSender Sender(string name, ulong maxFee, ulong tip)
    {
        var signer = new TransactionSigner(Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(name)).ToArray());
        var raw = signer.SignDynamicFee(7351, 0, tip, maxFee, 21_000, Address.Zero, UInt256.Zero, []);
        Assert.True(new TransactionDecoder().TryDecode(raw, out var transaction, out _));
        var sender = new PooledSender(signer.Address, new AccountState(Amount.FromBrev(1), 0));
        sender.Add(new PooledTransaction(transaction, 1, (ulong)name[0]));
        return sender;
    }
}
