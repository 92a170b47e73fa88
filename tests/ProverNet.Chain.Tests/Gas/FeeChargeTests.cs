using ProverNet.Chain.Gas;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Tests.Gas;

public class FeeChargeTests
{
    [Fact]
    public void For_TipFitsUnderTheCap_PaysBaseFeePlusTip()
    {
        var charge = FeeCharge.For(Transaction(maxFee: 100, tip: 5), 21_000, new Amount(40));

        Assert.Equal(new Amount(45), charge.EffectiveGasPrice);
        Assert.Equal(new Amount(40 * 21_000), charge.ToTreasury);
        Assert.Equal(new Amount(5 * 21_000), charge.ToSequencer);
        Assert.Equal(new Amount(45 * 21_000), charge.Total);
    }

    [Fact]
    public void For_CapBindsTheTip_PaysTheCap()
    {
        var charge = FeeCharge.For(Transaction(maxFee: 42, tip: 10), 1_000, new Amount(40));

        Assert.Equal(new Amount(42), charge.EffectiveGasPrice);
        Assert.Equal(new Amount(2 * 1_000), charge.ToSequencer);
    }

    [Fact]
    public void For_LegacyGasPrice_IsBothCapAndTip()
    {
        var charge = FeeCharge.For(Transaction(maxFee: 50, tip: 50), 10, new Amount(30));

        Assert.Equal(new Amount(50), charge.EffectiveGasPrice);
        Assert.Equal(new Amount(200), charge.ToSequencer);
    }

    [Fact]
    public void For_CapBelowBaseFee_Throws()
    {
        Assert.Throws<ArgumentException>(() => FeeCharge.For(Transaction(maxFee: 39, tip: 1), 10, new Amount(40)));
    }

    private static SignedTransaction Transaction(ulong maxFee, ulong tip) => new()
    {
        Type = TransactionType.DynamicFee,
        ChainId = 7351,
        Nonce = 0,
        MaxPriorityFeePerGas = tip,
        MaxFeePerGas = maxFee,
        GasLimit = 21_000,
        To = Address.Zero,
        Value = UInt256.Zero,
        Data = ReadOnlyMemory<byte>.Empty,
        Raw = ReadOnlyMemory<byte>.Empty,
        AccessList = [],
        V = UInt256.Zero,
        R = UInt256.Zero,
        S = UInt256.Zero,
        YParity = 0,
        Sender = Address.Zero,
        Hash = Hash256.Zero,
        IntrinsicGas = 21_000,
    };
}
