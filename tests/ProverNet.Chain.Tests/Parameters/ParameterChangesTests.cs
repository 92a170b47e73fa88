using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Support;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Parameters;

/// <summary>Every ParameterRegistry key, with the value ABI-encoded by Nethereum from the compiled registry ABI.</summary>
public class ParameterChangesTests
{
    private static readonly ProtocolParameters Genesis = Devnet.Parameters;
    private static readonly MarketClass Standard = Genesis.Classes[1];

    [Fact]
    public void Apply_MaxProofSize_SetsIt() =>
        Assert.Equal(8192U, Change(ParameterKeys.MaxProofSize, 0, RegistryEncoding.UInt("setMaxProofSize", 8192)).MaxProofSize);

    [Fact]
    public void Apply_MinSecurityBits_SetsIt() =>
        Assert.Equal(100U, Change(ParameterKeys.MinSecurityBits, 0, RegistryEncoding.UInt("setMinSecurityBits", 100)).MinSecurityBits);

    [Fact]
    public void Apply_SlashBps_SetsIt() =>
        Assert.Equal(5000U, Change(ParameterKeys.SlashBps, 0, RegistryEncoding.UInt("setSlashBps", 5000)).SlashBps);

    [Fact]
    public void Apply_MarketFeeBps_SetsIt() =>
        Assert.Equal(0U, Change(ParameterKeys.MarketFeeBps, 0, RegistryEncoding.UInt("setMarketFeeBps", 0)).MarketFeeBps);

    [Fact]
    public void Apply_Auction_SetsIt()
    {
        var auction = new AuctionParameters(3600, new AuctionSettings(1000, 5000));

        Assert.Equal(auction, Change(ParameterKeys.Auction, 0, RegistryEncoding.Auction(auction)).Auction);
    }

    [Fact]
    public void Apply_Gas_SetsIt()
    {
        var gas = Genesis.Gas with { Intrinsic = 30_000, CalldataNonZeroByte = 4, MinBaseFee = Genesis.Gas.InitialBaseFee };

        Assert.Equal(gas, Change(ParameterKeys.Gas, 0, RegistryEncoding.Gas(gas)).Gas);
    }

    [Fact]
    public void Apply_NewClass_InsertsItInIdOrder()
    {
        var added = Standard with { Id = 4, Name = "groth16-new" };

        var classes = Change(ParameterKeys.Class, 4, RegistryEncoding.Class(added)).Classes;

        Assert.Equal([1U, 2U, 3U, 4U, 10U, 11U], classes.Select(c => c.Id));
        Assert.Equal(added, classes[3]);
    }

    [Fact]
    public void Apply_ExistingClass_ReplacesIt()
    {
        var changed = Standard with { Enabled = false, MaxUnits = 2048 };

        var classes = Change(ParameterKeys.Class, 2, RegistryEncoding.Class(changed)).Classes;

        Assert.Equal(Genesis.Classes.Count, classes.Count);
        Assert.Equal(changed, classes[1]);
    }

    [Theory]
    [InlineData(60u)]
    [InlineData(31_536_000u)]
    public void Apply_ClassWithOrderLifetimeAtABound_SetsIt(uint lifetime)
    {
        var changed = Standard with { MaxOrderLifetimeSec = lifetime };

        Assert.Equal(lifetime, Change(ParameterKeys.Class, 2, RegistryEncoding.Class(changed)).Classes[1].MaxOrderLifetimeSec);
    }

    [Fact]
    public void Apply_NewPipeline_AddsIt()
    {
        var pipelines = Change(ParameterKeys.Pipeline, 2, RegistryEncoding.Pipeline(new PipelineTemplate(2, "solo", [3]))).Pipelines;

        Assert.Equal([(1U, "10,11"), (2U, "3")], pipelines.Select(p => (p.Id, string.Join(",", p.Stages))));
    }

    [Fact]
    public void Apply_ExistingPipeline_ReplacesItsStages()
    {
        var pipelines = Change(ParameterKeys.Pipeline, 1, RegistryEncoding.Pipeline(new PipelineTemplate(1, "wrap-then-chunk", [11, 10]))).Pipelines;

        Assert.Equal([(1U, "wrap-then-chunk", "11,10")], pipelines.Select(p => (p.Id, p.Name, string.Join(",", p.Stages))));
    }

    [Fact]
    public void Apply_Change_LeavesTheInputUnchanged()
    {
        Change(ParameterKeys.Class, 4, RegistryEncoding.Class(Standard with { Id = 4 }));

        Assert.Equal(5, Genesis.Classes.Count);
    }

    public static TheoryData<string, Hash256, uint, byte[], string> Reverts => new()
    {
        { "unknown key", Keccak256.Hash([1]), 0, RegistryEncoding.UInt("setSlashBps", 1), "is unknown to this node" },
        { "undecodable", ParameterKeys.SlashBps, 0, new byte[31], "slashBps: the value does not decode" },
        { "global with id", ParameterKeys.SlashBps, 3, RegistryEncoding.UInt("setSlashBps", 1), "id must be 0, found 3" },
        { "proof size bound", ParameterKeys.MaxProofSize, 0, RegistryEncoding.UInt("setMaxProofSize", 127), "maxProofSize 127 is out of bounds [128, 1048576]" },
        { "proof size below class", ParameterKeys.MaxProofSize, 0, RegistryEncoding.UInt("setMaxProofSize", 256), "below class 1's maxProofBytes 512" },
        { "security bound", ParameterKeys.MinSecurityBits, 0, RegistryEncoding.UInt("setMinSecurityBits", 79), "out of bounds [80, 256]" },
        { "security above class", ParameterKeys.MinSecurityBits, 0, RegistryEncoding.UInt("setMinSecurityBits", 101), "above class 1's securityBits 100" },
        { "slash bound", ParameterKeys.SlashBps, 0, RegistryEncoding.UInt("setSlashBps", 5001), "slashBps 5001 is out of bounds" },
        { "fee bound", ParameterKeys.MarketFeeBps, 0, RegistryEncoding.UInt("setMarketFeeBps", 2001), "marketFeeBps 2001 is out of bounds" },
        { "auction interval", ParameterKeys.Auction, 0, RegistryEncoding.Auction(new AuctionParameters(0, new AuctionSettings(8, 1250))), "auction.intervalBlocks 0" },
        { "auction step", ParameterKeys.Auction, 0, RegistryEncoding.Auction(new AuctionParameters(1, new AuctionSettings(8, 5001))), "auction.referenceStepBps 5001" },
        { "gas intrinsic", ParameterKeys.Gas, 0, RegistryEncoding.Gas(Genesis.Gas with { Intrinsic = 20_999 }), "gas.intrinsic 20999" },
        { "gas calldata", ParameterKeys.Gas, 0, RegistryEncoding.Gas(Genesis.Gas with { CalldataNonZeroByte = 3 }), "gas.calldataNonZeroByte 3" },
        { "gas withdrawal", ParameterKeys.Gas, 0, RegistryEncoding.Gas(Genesis.Gas with { Withdrawal = 0 }), "gas.withdrawal 0" },
        { "gas base fee", ParameterKeys.Gas, 0, RegistryEncoding.Gas(Genesis.Gas with { MinBaseFee = Genesis.Gas.InitialBaseFee + new Amount(1) }), "minBaseFee" },
        { "class id mismatch", ParameterKeys.Class, 5, RegistryEncoding.Class(Standard), "event id 5 differs from the value's id 2" },
        { "class id zero", ParameterKeys.Class, 0, RegistryEncoding.Class(Standard with { Id = 0 }), "id 0 is reserved" },
        { "class units", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { MinUnits = 9, MaxUnits = 8 }), "units 9..8" },
        { "class window", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { ProvingWindowSec = 0 }), "proving window" },
        { "class lifetime 0", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { MaxOrderLifetimeSec = 0 }), "maxOrderLifetimeSec 0 is not within 60..31536000" },
        { "class lifetime below a minute", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { MaxOrderLifetimeSec = 59 }), "maxOrderLifetimeSec 59 is not within 60..31536000" },
        { "class lifetime above a year", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { MaxOrderLifetimeSec = 31_536_001 }), "maxOrderLifetimeSec 31536001 is not within 60..31536000" },
        { "class stake bps", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { JobStakeBps = 10_001 }), "jobStakeBps 10001" },
        { "class proof bytes", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { MaxProofBytes = 4097 }), "maxProofBytes 4097" },
        { "class security", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { SecurityBits = 95 }), "securityBits 95" },
        { "class price", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { InitialReferencePrice = 0 }), "initial reference price 0 is not within 1.." },
        { "class name", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { Name = string.Empty }), "name is empty" },
        { "class proof system", ParameterKeys.Class, 2, RegistryEncoding.Class(Standard with { ProofSystem = string.Empty }), "proof system is empty" },
        { "pipeline no stage", ParameterKeys.Pipeline, 2, RegistryEncoding.Pipeline(new PipelineTemplate(2, "empty", [])), "1 to 8 stages" },
        { "pipeline unknown stage", ParameterKeys.Pipeline, 2, RegistryEncoding.Pipeline(new PipelineTemplate(2, "p", [1, 7])), "stage class 7 is not registered" },
        { "pipeline repeated stage", ParameterKeys.Pipeline, 2, RegistryEncoding.Pipeline(new PipelineTemplate(2, "p", [1, 1])), "class 1 already serves" },
        { "pipeline shared stage", ParameterKeys.Pipeline, 2, RegistryEncoding.Pipeline(new PipelineTemplate(2, "p", [10])), "class 10 already serves" },
        { "pipeline id mismatch", ParameterKeys.Pipeline, 1, RegistryEncoding.Pipeline(new PipelineTemplate(2, "p", [1])), "event id 1 differs" },
    };

    [Theory]
    [MemberData(nameof(Reverts))]
    public void Apply_InvalidChange_RevertsWithTheReason(string _, Hash256 key, uint id, byte[] value, string reason)
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => ParameterChanges.Apply(Genesis, key, id, value));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_257thClass_Reverts()
    {
        var full = Genesis with { Classes = [.. Enumerable.Range(1, 256).Select(i => Standard with { Id = (uint)i })], Pipelines = [] };

        var error = Assert.Throws<ExecutionRevertedException>(() => ParameterChanges.Apply(full, ParameterKeys.Class, 300, RegistryEncoding.Class(Standard with { Id = 300 })));

        Assert.Contains("256 classes are registered already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReplacingAClassWhenFull_Succeeds()
    {
        var full = Genesis with { Classes = [.. Enumerable.Range(1, 256).Select(i => Standard with { Id = (uint)i })], Pipelines = [] };

        Assert.Equal(256, ParameterChanges.Apply(full, ParameterKeys.Class, 7, RegistryEncoding.Class(Standard with { Id = 7 })).Classes.Count);
    }

    private static ProtocolParameters Change(Hash256 key, uint id, byte[] value) => ParameterChanges.Apply(Genesis, key, id, value);
}
