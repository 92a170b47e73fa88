using ProverNet.Chain.L1Inputs;
using ProverNet.Chain.Parameters;

namespace ProverNet.Chain.Tests.L1Inputs;

public class ParameterChangedInputTests
{
    private static readonly L1LogId Log = new(5, 1);

    [Fact]
    public void Equals_SameValueBytesInOtherArrays_IsEqual()
    {
        var left = new ParameterChangedInput(Log, ParameterKeys.Gas, 0, new byte[] { 1, 2 });
        var right = new ParameterChangedInput(Log, ParameterKeys.Gas, 0, new byte[] { 1, 2 });

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_OtherValueBytes_IsNotEqual() =>
        Assert.NotEqual(new ParameterChangedInput(Log, ParameterKeys.Gas, 0, new byte[] { 1 }), new ParameterChangedInput(Log, ParameterKeys.Gas, 0, new byte[] { 2 }));
}
