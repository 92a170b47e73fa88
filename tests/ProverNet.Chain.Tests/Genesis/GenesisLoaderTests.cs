using System.Text.Json.Nodes;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Chain.Tests.Genesis;

public class GenesisLoaderTests
{
    private static readonly string DevnetJson =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "genesis", "devnet", "genesis.json"));

    private const string AnchorOrigin = "{\"number\": 12, \"hash\": \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"timestamp\": 1700000000}";

    private const string AnchorContracts = "{\"RollupBridge\": \"0x00000000000000000000000000000000000000b1\", "
        + "\"StakingController\": \"0x00000000000000000000000000000000000000c5\", "
        + "\"ParameterRegistry\": \"0x00000000000000000000000000000000000000a9\", "
        + "\"ProofVerifier\": \"0x00000000000000000000000000000000000000f0\", "
        + "\"BatchInbox\": \"0x00000000000000000000000000000000000000ba\"}";

    [Fact]
    public void Parse_Devnet_LoadsEveryPart()
    {
        var genesis = GenesisLoader.Parse(DevnetJson);

        Assert.Equal("provernet-devnet", genesis.Name);
        Assert.NotEqual(genesis.L1.ChainId, genesis.ChainId);
        Assert.Equal(10, genesis.Allocations.Count);
        Assert.Equal(3, genesis.Provers.Count);
        Assert.Equal(Amount.FromBrev(100_000_000), genesis.TokenSupply);
        Assert.Equal(8u, genesis.Parameters.Auction.Clearing.ThickMarketMinOrders);
        Assert.Equal(1250u, genesis.Parameters.Auction.Clearing.ReferenceStepBps);
        Assert.NotEmpty(genesis.Parameters.Classes);
        Assert.All(genesis.Parameters.Classes, c => Assert.True(c.MinUnits <= c.MaxUnits));
        Assert.Equal([10u, 11u], genesis.Parameters.Pipelines.Single().Stages);
    }

    [Fact]
    public void Parse_DevnetProvers_AreTheDevAccountsOneToThree()
    {
        var genesis = GenesisLoader.Parse(DevnetJson);

        Assert.Equal(
            ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc", "0x90f79bf6eb2c4f870365e785982e1f101e93b906"],
            genesis.Provers.Select(p => p.Address.ToString()));
    }

    [Theory]
    [InlineData("chainId", null, "genesis.chainId", "is required")]
    [InlineData("chainId", "\"7351\"", "genesis.chainId", "expected an integer")]
    [InlineData("chainId", "31337", "genesis.chainId", "must differ from l1.chainId")]
    [InlineData("chainID", "5", "genesis.chainID", "unknown field")]
    [InlineData("alloc[0].address", "\"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"", "genesis.alloc[0].address", "checksum")]
    [InlineData("alloc[1].address", "\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\"", "genesis.alloc[1].address", "allocated twice")]
    [InlineData("alloc[2].balance", "\"-5\"", "genesis.alloc[2].balance", "digits only")]
    [InlineData("token.allocations", "[]", "genesis.token.allocations", "at least one holder")]
    [InlineData("token.allocations[0].amount", "\"340282366920938463463374607431768211455\"", "genesis.token.allocations", "below 2^128")]
    [InlineData("provers[0].commissionBps", "10001", "genesis.provers[0].commissionBps", "from 0 to 10000")]
    [InlineData("rollup.sequencer", "\"0x1234\"", "genesis.rollup.sequencer", "20 bytes")]
    [InlineData("rollup.maxSequencerDriftSec", "0", "genesis.rollup.maxSequencerDriftSec", "from 1 to 86400")]
    [InlineData("rollup.maxSequencerDriftSec", null, "genesis.rollup.maxSequencerDriftSec", "is required")]
    [InlineData("l1.origin", AnchorOrigin, "genesis.l1", "go together")]
    [InlineData("l1.contracts", AnchorContracts, "genesis.l1", "go together")]
    [InlineData("l1.origin", "{\"number\": 5, \"hash\": \"0x12\", \"timestamp\": 9}", "genesis.l1.origin.hash", "32 bytes")]
    [InlineData("params.marketFeeBps", "2001", "genesis.params.marketFeeBps", "marketFeeBps 2001 is out of bounds [0, 2000]")] // governance's rules from here on
    [InlineData("params.slashBps", "5001", "genesis.params.slashBps", "out of bounds [0, 5000]")]
    [InlineData("params.maxProofSize", "127", "genesis.params.maxProofSize", "out of bounds [128, 1048576]")]
    [InlineData("params.minSecurityBits", "79", "genesis.params.minSecurityBits", "out of bounds [80, 256]")]
    [InlineData("params.auction.intervalBlocks", "3601", "genesis.params.auction", "auction.intervalBlocks 3601 is out of bounds [1, 3600]")]
    [InlineData("params.auction.thickMarketMinOrders", "0", "genesis.params.auction", "thickMarketMinOrders 0 is out of bounds [1,")]
    [InlineData("params.auction.thickMarketMinOrders", "1001", "genesis.params.auction", "thickMarketMinOrders 1001 is out of bounds [1, 1000]")]
    [InlineData("params.auction.referenceStepBps", "0", "genesis.params.auction", "referenceStepBps 0 is out of bounds [1, 5000]")]
    [InlineData("params.classes[0].id", "0", "genesis.params.classes[0]", "id 0 is reserved")]
    [InlineData("params.classes[0].securityBits", "257", "genesis.params.classes[0]", "securityBits 257 is not within minSecurityBits 96..256")]
    [InlineData("params.pipelines[0].stages", "[1, 2, 3, 10, 11, 12, 13, 14, 15]", "genesis.params.pipelines[0]", "1 to 8 stages")]
    [InlineData("params.gas.minBaseFee", "\"2000000000\"", "genesis.params.gas", "minBaseFee 2000000000 must be at least 1 and at most initialBaseFee")]
    [InlineData("params.gas.intrinsic", "20999", "genesis.params.gas", "gas.intrinsic 20999 is out of bounds [21000, 1000000]")] // governance's bounds
    [InlineData("params.gas.intrinsic", "1000001", "genesis.params.gas", "gas.intrinsic 1000001 is out of bounds [21000, 1000000]")]
    [InlineData("params.gas.submitBid", "0", "genesis.params.gas", "gas.submitBid 0 is out of bounds [1, 10000000]")]
    [InlineData("params.gas.calldataZeroByte", "0", "genesis.params.gas", "gas.calldataZeroByte 0 is out of bounds [1, 1000]")]
    [InlineData("params.gas.calldataNonZeroByte", "3", "genesis.params.gas", "gas.calldataNonZeroByte 3 is out of bounds [4, 1000]")]
    [InlineData("params.classes[0].minUnits", "0", "genesis.params.classes[0]", "units 0..64 are not a range")]
    [InlineData("params.classes[0].maxUnits", "0", "genesis.params.classes[0]", "units 1..0 are not a range")]
    [InlineData("params.classes[0].maxOrderLifetimeSec", null, "genesis.params.classes[0].maxOrderLifetimeSec", "is required")]
    [InlineData("params.classes[0].maxOrderLifetimeSec", "0", "genesis.params.classes[0]", "maxOrderLifetimeSec 0 is not within 60..31536000")]
    [InlineData("params.classes[0].maxOrderLifetimeSec", "59", "genesis.params.classes[0]", "maxOrderLifetimeSec 59 is not within 60..31536000")]
    [InlineData("params.classes[2].maxOrderLifetimeSec", "31536001", "genesis.params.classes[2]", "maxOrderLifetimeSec 31536001 is not within 60..31536000")]
    [InlineData("params.classes[0].maxProofBytes", "5000", "genesis.params.classes[0]", "maxProofBytes 5000 is not within 1..maxProofSize 4096")]
    [InlineData("params.classes[0].securityBits", "80", "genesis.params.classes[0]", "securityBits 80 is not within minSecurityBits 96")]
    [InlineData("params.classes[0].initialReferencePrice", "\"79228162514264337593543950336\"", "genesis.params.classes[0]", "not within 1..79228162514264337593543950335")]
    [InlineData("params.classes[1].id", "1", "genesis.params.classes[1]", "ascending")]
    [InlineData("params.classes[0].enabled", "\"yes\"", "genesis.params.classes[0].enabled", "true or false")]
    [InlineData("params.pipelines[0].stages", "[10, 99]", "genesis.params.pipelines[0]", "stage class 99 is not registered")]
    [InlineData("params.pipelines[0].stages", "[10, 10]", "genesis.params.pipelines[0]", "already serves")]
    [InlineData("params.pipelines[0].stages", "[]", "genesis.params.pipelines[0]", "1 to 8 stages")]
    public void Parse_MalformedField_NamesTheField(string path, string? replacement, string expectedPath, string expectedProblem)
    {
        var json = Mutate(DevnetJson, path, replacement);

        var error = Assert.Throws<JsonFieldException>(() => GenesisLoader.Parse(json));

        Assert.Equal(expectedPath, error.Path);
        Assert.Contains(expectedProblem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneStagePipeline_LoadsItAsGovernanceWouldSetIt()
    {
        var genesis = GenesisLoader.Parse(Mutate(DevnetJson, "params.pipelines[0].stages", "[10]"));

        Assert.Equal([10u], genesis.Parameters.Pipelines[0].Stages);
    }

    [Theory]
    [InlineData(60u)]
    [InlineData(31_536_000u)]
    public void Parse_OrderLifetimeAtABound_LoadsIt(uint lifetime)
    {
        var genesis = GenesisLoader.Parse(Mutate(DevnetJson, "params.classes[0].maxOrderLifetimeSec", lifetime.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(lifetime, genesis.Parameters.Classes[0].MaxOrderLifetimeSec);
    }

    [Fact]
    public void Parse_Devnet_EveryClassKeepsOrdersAtMostADay() =>
        Assert.All(GenesisLoader.Parse(DevnetJson).Parameters.Classes, c => Assert.Equal(86_400u, c.MaxOrderLifetimeSec));

    [Fact]
    public void Parse_Devnet_FollowsNoL1UntilAnchored()
    {
        var genesis = GenesisLoader.Parse(DevnetJson);

        Assert.False(genesis.L1.FollowsL1);
        Assert.Equal(1800u, genesis.Rollup.MaxSequencerDriftSec);
    }

    [Fact]
    public void Parse_AnchoredToAnL1_ReadsTheOriginAndTheContracts()
    {
        var genesis = GenesisLoader.Parse(Mutate(Mutate(DevnetJson, "l1.origin", AnchorOrigin), "l1.contracts", AnchorContracts));

        Assert.True(genesis.L1.FollowsL1);
        Assert.Equal(new ProverNet.Chain.Blocks.L1Origin(12, Hash256.Parse("0x" + new string('a', 64)), 1_700_000_000), genesis.L1.Origin);
        Assert.Equal(Address.Parse("0x00000000000000000000000000000000000000b1"), genesis.L1.Contracts!.RollupBridge);
        Assert.Equal(Address.Parse("0x00000000000000000000000000000000000000f0"), genesis.L1.Contracts.ProofVerifier);
        Assert.Equal(Address.Parse("0x00000000000000000000000000000000000000ba"), genesis.L1.Contracts.BatchInbox);
        Assert.Equal(genesis.L1.Origin, ProverNet.Chain.Execution.GenesisBlock.Build(genesis).Header.L1Origin);
    }

    [Fact]
    public void Parse_RollupWithoutABatcher_TakesTheSequencerAsBatcher()
    {
        var withBatcher = GenesisLoader.Parse(DevnetJson);
        var json = System.Text.RegularExpressions.Regex.Replace(DevnetJson, "\"batcher\":\\s*\"0x[0-9a-fA-F]{40}\",", string.Empty);

        var genesis = GenesisLoader.Parse(json);

        Assert.NotEqual(withBatcher.Rollup.Sequencer, withBatcher.Rollup.Batcher);
        Assert.Equal(genesis.Rollup.Sequencer, genesis.Rollup.Batcher);
    }

    [Fact]
    public void Parse_TwoContractsAtOneAddress_NamesTheContracts()
    {
        var json = Mutate(Mutate(DevnetJson, "l1.origin", AnchorOrigin), "l1.contracts", AnchorContracts.Replace("f0", "b1", StringComparison.Ordinal));

        var error = Assert.Throws<JsonFieldException>(() => GenesisLoader.Parse(json));

        Assert.Equal("genesis.l1.contracts", error.Path);
    }

    [Fact]
    public void Parse_NotJson_NamesTheDocument()
    {
        var error = Assert.Throws<JsonFieldException>(() => GenesisLoader.Parse("{\"chainId\": "));

        Assert.Equal("genesis", error.Path);
    }

    /// <summary>Sets (or, with a null replacement, removes) the value at a dotted path such as <c>params.classes[0].id</c>.</summary>
    private static string Mutate(string json, string path, string? replacement)
    {
        var root = JsonNode.Parse(json)!;
        var segments = path.Split('.');
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = Step(parent, segment);
        }

        var last = segments[^1];
        var target = parent.AsObject();
        if (replacement is null)
        {
            target.Remove(last);
        }
        else
        {
            target[last] = JsonNode.Parse(replacement);
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node[segment]!;
        }

        var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[segment[..bracket]]![index]!;
    }
}
