using ProverNet.Chain.Parameters;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Parameters;

public class ParameterKeysTests
{
    [Fact]
    public void MarketFeeBps_IsKeccakOfTheName() =>
        Assert.Equal(Hash256.Parse("0x" + Convert.ToHexStringLower(Nethereum.Util.Sha3Keccack.Current.CalculateHash("marketFeeBps"u8.ToArray()))), ParameterKeys.MarketFeeBps);

    [Fact]
    public void NameOf_KnownKey_IsTheParameterName() => Assert.Equal("pipeline", ParameterKeys.NameOf(ParameterKeys.Pipeline));

    [Fact]
    public void NameOf_UnknownKey_IsTheKeyInHex() => Assert.Equal(Hash256.Zero.ToString(), ParameterKeys.NameOf(Hash256.Zero));
}
