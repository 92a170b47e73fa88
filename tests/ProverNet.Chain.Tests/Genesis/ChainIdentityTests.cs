using ProverNet.Chain.Genesis;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Genesis;

public sealed class ChainIdentityTests
{
    [Fact]
    public void Encode_Devnet_StartsWithChainIdAndEndsWithName()
    {
        var bytes = ChainIdentity.Encode(DevnetGenesis.Value);

        Assert.Equal(Hex.Decode("0x0000000000001cb7"), bytes[..8]);
        Assert.Equal("provernet-devnet"u8.ToArray(), bytes[80..]);
    }

    [Fact]
    public void Encode_AnySettingChanged_Differs()
    {
        var devnet = DevnetGenesis.Value;
        var original = ChainIdentity.Encode(devnet);

        Assert.All(
            [
                devnet with { ChainId = 1 },
                devnet with { Name = "other" },
                devnet with { Timestamp = 1 },
                devnet with { Rollup = devnet.Rollup with { Treasury = Address.Zero } },
                devnet with { Rollup = devnet.Rollup with { BlockTimeMs = 2000 } },
            ],
            changed => Assert.NotEqual(original, ChainIdentity.Encode(changed)));
    }
}
