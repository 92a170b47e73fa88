using System.Collections;
using System.Globalization;
using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Parameters;
using ProverNet.Chain.Tests.Support;
using ProverNet.Contracts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Parameters;

/// <summary>Calls are encoded and results decoded by Nethereum with the compiled IL2Params ABI, as a wallet's eth_call would.</summary>
public class ParamsViewsTests
{
    private static readonly ContractBuilder L2Params = new(ContractArtifacts.Load("IL2Params").Abi, "0x0000000000000000000000000000000000000B03");

    [Theory]
    [InlineData("maxProofSize", "4096")]
    [InlineData("minSecurityBits", "96")]
    [InlineData("slashBps", "1000")]
    [InlineData("marketFeeBps", "250")]
    [InlineData("auctionSettings", "[1,8,1250]")]
    [InlineData("gasSchedule", "[21000,4,16,60000,50000,20000,40000,8,2,1000000000,1000000]")]
    [InlineData("classIds", "[1,2,3,10,11]")]
    [InlineData("pipelineIds", "[1]")]
    public void Call_ViewWithoutArguments_ReturnsTheDevnetValue(string function, string expected) =>
        Assert.Equal(expected, CallView(function));

    [Fact]
    public void Call_GetClass_ReturnsEveryField() =>
        Assert.Equal("[2,1,1024,120,86400,512,1000,100,True,10000000000000000000000,10000000000000000,groth16-standard,groth16-bn254]", CallView("getClass", 2u));

    [Fact]
    public void Call_GetPipeline_ReturnsEveryField() =>
        Assert.Equal("[1,chunk-then-wrap,[10,11]]", CallView("getPipeline", 1u));

    [Fact]
    public void Selectors_MatchTheCompiledAbi()
    {
        foreach (var field in typeof(ParamsViews).GetFields().Where(f => f.FieldType == typeof(Core.Abi.FunctionSelector)))
        {
            var function = char.ToLowerInvariant(field.Name[0]) + field.Name[1..];
            Assert.Equal("0x" + L2Params.GetFunctionBuilder(function).FunctionABI.Sha3Signature, field.GetValue(null)!.ToString());
        }
    }

    [Theory]
    [InlineData("getClass", 99u, "class 99 is not registered")]
    [InlineData("getPipeline", 2u, "pipeline 2 is not registered")]
    public void Call_UnknownId_Reverts(string function, uint id, string reason) =>
        AssertReverts(Encode(function, id), reason);

    [Fact]
    public void Call_UnknownSelector_Reverts() => AssertReverts(Hex.Decode("0xdeadbeef"), "not a view of IL2Params");

    [Fact]
    public void Call_NoSelector_Reverts() => AssertReverts([1, 2], "no 4-byte function selector");

    [Fact]
    public void Call_ViewWithExtraArgument_Reverts() => AssertReverts([.. Encode("slashBps"), .. new byte[32]], "expected 0");

    [Fact]
    public void Call_ClassIdAbove32Bits_Reverts()
    {
        var calldata = Encode("getClass", 1u);
        calldata[4 + 27] = 1;

        AssertReverts(calldata, "does not fit in uint32");
    }

    private static void AssertReverts(byte[] calldata, string reason)
    {
        var error = Assert.Throws<ExecutionRevertedException>(() => ParamsViews.Call(Devnet.Parameters, calldata));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static string CallView(string function, params object[] arguments)
    {
        var output = ParamsViews.Call(Devnet.Parameters, Encode(function, arguments));
        var decoded = new FunctionCallDecoder().DecodeDefaultData(Hex.Encode(output), L2Params.GetFunctionBuilder(function).FunctionABI.OutputParameters);
        return decoded.Count == 1 ? Show(decoded[0].Result) : Show(decoded.Select(p => p.Result).ToList());
    }

    private static string Show(object value) => value switch
    {
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        List<ParameterOutput> tuple => "[" + string.Join(",", tuple.OrderBy(p => p.Parameter.Order).Select(p => Show(p.Result))) + "]",
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object>().Select(Show)) + "]",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)!,
    };

    private static byte[] Encode(string function, params object[] arguments) => Hex.Decode(L2Params.GetFunctionBuilder(function).GetData(arguments));
}
