using System.Globalization;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Market;
using ProverNet.Chain.Tests.Market.Support;
using ProverNet.Contracts;
using ProverNet.Core;
using static ProverNet.Chain.Tests.Market.Support.MarketFixture;

namespace ProverNet.Chain.Tests.Market;

/// <summary>Calldata built and return data decoded by Nethereum with the compiled IProverMarket ABI, as a wallet's eth_call.</summary>
public class MarketModuleViewsTests
{
    private static readonly ContractBuilder Abi = new(ContractArtifacts.Load("IProverMarket").Abi, SystemAddresses.Market.ToString());
    private readonly MarketFixture market = new(plainReferencePrice: 12);
    private readonly Address requester;
    private readonly Address prover;

    public MarketModuleViewsTests()
    {
        requester = market.Requester(1);
        prover = market.Prover(1);
        market.Bid(requester, 18, units: 10);
        market.Offer(prover, 8);
        market.Bid(requester, 5, units: 3);
    }

    [Fact]
    public void GetBid_Open_DecodesEveryField()
    {
        var values = View("getBid", new BigInteger(2));

        Assert.Equal(["2", requester.ToString(), "1", "0", "3", "5", "1120", "1060", "3", "1", Vk.ToString(), Inputs.ToString(), "15", "ipfs://in"], values);
    }

    [Fact]
    public void GetBid_Composite_HasPipelineAndNoClass()
    {
        market.CompositeBid(requester, 120);

        var values = View("getBid", new BigInteger(3));

        Assert.Equal(("0", "7"), (values[2], values[3]));
    }

    [Fact]
    public void GetOfferAndGetJob_AfterTheMatch_DecodeEveryField()
    {
        market.Clear();

        Assert.Equal(["1", prover.ToString(), "1", "8", "1060", "2", "2", "100"], View("getOffer", new BigInteger(1)));
        Assert.Equal(
            ["1", "1", "1", requester.ToString(), prover.ToString(), "1", "0", "10", "12", "12", "1120", "1", Vk.ToString(), Inputs.ToString(), "120"],
            View("getJob", new BigInteger(1)));
    }

    [Fact]
    public void GetClass_DecodesTheClassWithLiveData()
    {
        var values = View("getClass", 1u);

        Assert.Equal(["1", "class-1", "groth16-bn254", "1", "1000", "60", "3600", "1000", "1000", "512", "128", "True", "12", "2", "1"], values);
    }

    [Fact]
    public void ReferencePrice_DecodesAsUint96()
    {
        Assert.Equal(["12"], View("referencePrice", 1u));
    }

    [Theory]
    [InlineData("getBid", 9, "unknown bid 9")]
    [InlineData("getOffer", 9, "unknown offer 9")]
    [InlineData("getJob", 9, "unknown job 9")]
    public void View_UnknownId_Reverts(string function, int id, string reason)
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.Call(Calldata(function, new BigInteger(id))));

        Assert.Equal(reason, error.Message);
    }

    [Theory]
    [InlineData("getClass")]
    [InlineData("referencePrice")]
    public void ClassViews_UnknownClass_Revert(string function)
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => market.Module.Call(Calldata(function, 99u)));

        Assert.Equal("unknown class 99", error.Message);
    }

    [Fact]
    public void Call_StateChangingOrMalformed_Reverts()
    {
        var cancel = Calldata("cancelBid", new BigInteger(1));

        Assert.Equal(
            $"function selector {MarketCalldata.CancelBid} is not a view of IProverMarket",
            Assert.Throws<ExecutionRevertedException>(() => market.Module.Call(cancel)).Message);
        Assert.Throws<ExecutionRevertedException>(() => market.Module.Call(cancel.AsSpan(0, 20)));
        Assert.Throws<ExecutionRevertedException>(() => market.Module.Call([1, 2]));
    }

    private string[] View(string function, object argument)
    {
        var output = Hex.Encode(market.Module.Call(Calldata(function, argument)));
        return Flatten(Abi.GetFunctionBuilder(function).DecodeOutput(output)).ToArray();
    }

    private static byte[] Calldata(string function, object argument) => Hex.Decode(Abi.GetFunctionBuilder(function).GetData(argument));

    private static IEnumerable<string> Flatten(IEnumerable<ParameterOutput> outputs) => outputs.SelectMany(output => output.Result switch
    {
        List<ParameterOutput> tuple => Flatten(tuple),
        BigInteger number => [number.ToString(CultureInfo.InvariantCulture)],
        byte[] bytes => [Hex.Encode(bytes)],
        string text => [text.StartsWith("0x", StringComparison.Ordinal) ? text.ToLowerInvariant() : text],
        var other => [Convert.ToString(other, CultureInfo.InvariantCulture)!],
    });
}
