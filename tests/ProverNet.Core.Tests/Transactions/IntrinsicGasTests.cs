using ProverNet.Core.Transactions;

namespace ProverNet.Core.Tests.Transactions;

public class IntrinsicGasTests
{
    [Fact]
    public void Compute_PlainTransfer_Is21000()
    {
        Assert.Equal(21_000UL, IntrinsicGas.Compute([], isContractCreation: false, 0, 0));
    }

    [Fact]
    public void Compute_Calldata_ChargesFourPerZeroAndSixteenPerNonZeroByte()
    {
        Assert.Equal(21_000UL + (3 * 4) + (2 * 16), IntrinsicGas.Compute([0, 1, 0, 2, 0], isContractCreation: false, 0, 0));
    }

    [Fact]
    public void Compute_AccessList_Charges2400PerAddressAnd1900PerKey()
    {
        Assert.Equal(21_000UL + (2 * 2_400) + (3 * 1_900), IntrinsicGas.Compute([], isContractCreation: false, 2, 3));
    }

    [Fact]
    public void Compute_Creation_Adds32000AndTwoPerInitCodeWord()
    {
        // 33 bytes round up to two words.
        Assert.Equal(21_000UL + 32_000 + (33 * 16) + (2 * 2), IntrinsicGas.Compute(Enumerable.Repeat((byte)1, 33).ToArray(), isContractCreation: true, 0, 0));
    }
}
