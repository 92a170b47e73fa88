using ProverNet.Core.Tests.Transactions.Support;
using ProverNet.Core.Transactions;

namespace ProverNet.Core.Tests.Transactions;

public class SignedTransactionTests
{
    [Fact]
    public void TryGetMaxCost_DynamicFee_IsGasTimesMaxFeePlusValue()
    {
        var raw = new TransactionBuilder { GasLimit = 21_000UL, MaxFeePerGas = 10UL, MaxPriorityFeePerGas = 1UL, Value = 5UL }.Sign();
        Assert.True(new TransactionDecoder().TryDecode(raw, out var transaction, out _));

        Assert.True(transaction.TryGetMaxCost(out var maxCost));
        Assert.Equal((UInt256)((21_000UL * 10) + 5), maxCost);
    }

    [Fact]
    public void TryGetMaxCost_ValueAtMaximum_False()
    {
        var raw = new TransactionBuilder { MaxFeePerGas = 1UL, MaxPriorityFeePerGas = 1UL, Value = UInt256.MaxValue }.Sign();
        Assert.True(new TransactionDecoder().TryDecode(raw, out var transaction, out _));

        Assert.False(transaction.TryGetMaxCost(out _));
    }

    [Fact]
    public void GasPrice_Legacy_IsBothFeeCaps()
    {
        var raw = new TransactionBuilder { Type = TransactionType.Legacy, MaxFeePerGas = 7UL }.Sign();
        Assert.True(new TransactionDecoder().TryDecode(raw, out var transaction, out _));

        Assert.Equal((UInt256)7UL, transaction.GasPrice);
        Assert.Equal((UInt256)7UL, transaction.MaxPriorityFeePerGas);
        Assert.Empty(transaction.AccessList);
    }
}
