using System.Globalization;
using System.Numerics;
using Nethereum.Web3;
using ProverNet.Chain.Parameters;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Node.Tests.Devnet;

/// <summary>
/// ParameterRegistry repeats the L2's bounds in Solidity (ParameterBounds, GasScheduleBounds, OrderLifetimeBounds); these
/// tests read the compiled registry's constants and compare.
/// Its runtime code is placed at an address by an <c>eth_call</c> state override, so nothing is deployed.
/// </summary>
[Collection(SharedAnvil.Name)]
public class ParameterRegistryBoundsTests(AnvilFixture fixture)
{
    private const string Registry = "0x00000000000000000000000000000000000b0a7d";

    [Theory]
    [InlineData("MIN_ORDER_LIFETIME_SEC()", OrderLifetimeBounds.MinSec)]
    [InlineData("MAX_ORDER_LIFETIME_SEC()", OrderLifetimeBounds.MaxSec)]
    [InlineData("MIN_PROOF_SIZE()", ParameterBounds.MinProofSize)]
    [InlineData("MAX_PROOF_SIZE()", ParameterBounds.MaxProofSize)]
    [InlineData("MIN_SECURITY_BITS()", ParameterBounds.MinSecurityBits)]
    [InlineData("MAX_SECURITY_BITS()", ParameterBounds.MaxSecurityBits)]
    [InlineData("MAX_SLASH_BPS()", ParameterBounds.MaxSlashBps)]
    [InlineData("MAX_MARKET_FEE_BPS()", ParameterBounds.MaxMarketFeeBps)]
    [InlineData("MAX_ENTRIES()", (ulong)ParameterBounds.MaxEntries)]
    [InlineData("MAX_PIPELINE_STAGES()", (ulong)ParameterValues.MaxPipelineStages)]
    [InlineData("MAX_AUCTION_INTERVAL_BLOCKS()", ParameterBounds.MaxAuctionIntervalBlocks)]
    [InlineData("MAX_THICK_MARKET_MIN_ORDERS()", ParameterBounds.MaxThickMarketMinOrders)]
    [InlineData("MAX_REFERENCE_STEP_BPS()", ParameterBounds.MaxReferenceStepBps)]
    [InlineData("MIN_INTRINSIC_GAS()", GasScheduleBounds.MinIntrinsicGas)]
    [InlineData("MAX_INTRINSIC_GAS()", GasScheduleBounds.MaxIntrinsicGas)]
    [InlineData("MAX_CALLDATA_BYTE_GAS()", GasScheduleBounds.MaxCalldataByteGas)]
    [InlineData("MAX_OPERATION_GAS()", GasScheduleBounds.MaxOperationGas)]
    [InlineData("MAX_BASE_FEE_CHANGE_DENOMINATOR()", GasScheduleBounds.MaxBaseFeeChangeDenominator)]
    [InlineData("MAX_ELASTICITY_MULTIPLIER()", GasScheduleBounds.MaxElasticityMultiplier)]
    public async Task BoundConstant_CompiledRegistry_EqualsTheL2Bound(string getter, ulong expected)
    {
        var web3 = new Web3(fixture.Anvil.RpcUrl.ToString());
        var call = new { to = Registry, data = Hex.Encode(FunctionSelector.Of(getter).Call(ReadOnlySpan<byte>.Empty)) };
        var overrides = new Dictionary<string, object> { [Registry] = new { code = ContractArtifacts.Load("ParameterRegistry").DeployedBytecode } };

        var result = await web3.Client.SendRequestAsync<string>("eth_call", null, call, "latest", overrides);

        Assert.Equal(new BigInteger(expected), BigInteger.Parse("0" + result[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
