using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.State;

namespace ProverNet.Chain.Tests.L1Inputs;

public class L1ProverStatusTests
{
    [Theory]
    [InlineData(1, ProverStatus.Inactive)]
    [InlineData(2, ProverStatus.Active)]
    [InlineData(3, ProverStatus.Jailed)]
    public void FromL1_SolidityEnumValue_MapsBothWays(byte value, ProverStatus status)
    {
        Assert.Equal(status, L1ProverStatus.FromL1(value));
        Assert.Equal(value, L1ProverStatus.ToL1(status));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(4UL)]
    public void FromL1_NoneOrUnknown_Throws(ulong value) =>
        Assert.Throws<L1InputDecodingException>(() => L1ProverStatus.FromL1(value));

    [Fact]
    public void ToL1_UndefinedStatus_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => L1ProverStatus.ToL1((ProverStatus)0));
}
