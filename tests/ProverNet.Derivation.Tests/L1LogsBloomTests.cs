using ProverNet.Core;

namespace ProverNet.Derivation.Tests;

public sealed class L1LogsBloomTests
{
    private static readonly Address Bridge = new(Enumerable.Repeat((byte)0xB1, 20).ToArray());
    private static readonly Address Elsewhere = new(Enumerable.Repeat((byte)0xEE, 20).ToArray());

    [Fact]
    public void MayContainAny_BloomOfAnEmitter_HoldsItAndNotAnother()
    {
        var bloom = L1LogsBloom.Of([Bridge]);

        Assert.True(bloom.MayContainAny(new L1BloomQuery([Elsewhere, Bridge])));
        Assert.False(bloom.MayContainAny(new L1BloomQuery([Elsewhere])));
        Assert.False(L1LogsBloom.Of([]).MayContain(Bridge));
    }

    [Fact]
    public void MayContain_UnknownBloom_MayHoldAnything()
    {
        Assert.True(default(L1LogsBloom).MayContain(Elsewhere));
    }

    [Fact]
    public void Constructor_NotTwoHundredFiftySixBytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new L1LogsBloom(new byte[255]));
    }
}
