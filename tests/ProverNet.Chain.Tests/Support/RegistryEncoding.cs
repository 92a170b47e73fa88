using System.Numerics;
using System.Text.Json;
using Nethereum.Contracts;
using ProverNet.Auction;
using ProverNet.Chain.Genesis;
using ProverNet.Contracts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Support;

/// <summary>
/// Governed values ABI-encoded by Nethereum from the compiled ParameterRegistry ABI: a setter's arguments are
/// <c>abi.encode(value)</c>, exactly the bytes the registry emits in <c>ParameterChanged</c>.
/// </summary>
internal static class RegistryEncoding
{
    private static readonly string RegistryAbi = ContractArtifacts.Load("ParameterRegistry").Abi;
    private static readonly ContractBuilder Registry = new(RegistryAbi, "0x0000000000000000000000000000000000000001");

    // The MarketClass component names of setClass's argument, in the struct's order.
    private static readonly Lazy<string[]> ClassFieldNames = new(() =>
    {
        using var abi = JsonDocument.Parse(RegistryAbi);
        var setClass = abi.RootElement.EnumerateArray().Single(item => item.TryGetProperty("name", out var name) && name.GetString() == "setClass");
        return [.. setClass.GetProperty("inputs")[0].GetProperty("components").EnumerateArray().Select(field => field.GetProperty("name").GetString()!)];
    });

    public static byte[] UInt(string setter, uint value) => Arguments(setter, value);

    public static byte[] Auction(AuctionParameters a) =>
        Arguments("setAuctionSettings", new object[] { a.IntervalBlocks, a.Clearing.ThickMarketMinOrders, a.Clearing.ReferenceStepBps });

    public static byte[] Gas(GasSchedule g) => Arguments("setGasSchedule", new object[]
    {
        g.Intrinsic, g.CalldataZeroByte, g.CalldataNonZeroByte, g.SubmitBid, g.SubmitOffer, g.Cancel, g.Withdrawal,
        g.BaseFeeChangeDenominator, g.ElasticityMultiplier, (BigInteger)g.InitialBaseFee.Wei, (BigInteger)g.MinBaseFee.Wei,
    });

    /// <summary>The class's fields placed by their names in the compiled struct, so the C# order is checked, not assumed.</summary>
    public static byte[] Class(MarketClass c)
    {
        var byName = new Dictionary<string, object>
        {
            ["id"] = c.Id,
            ["minUnits"] = c.MinUnits,
            ["maxUnits"] = c.MaxUnits,
            ["provingWindowSec"] = c.ProvingWindowSec,
            ["maxOrderLifetimeSec"] = c.MaxOrderLifetimeSec,
            ["maxProofBytes"] = c.MaxProofBytes,
            ["jobStakeBps"] = (ushort)c.JobStakeBps,
            ["securityBits"] = (ushort)c.SecurityBits,
            ["enabled"] = c.Enabled,
            ["minProverStake"] = (BigInteger)c.MinProverStake.Wei,
            ["initialReferencePrice"] = (BigInteger)c.InitialReferencePrice,
            ["name"] = c.Name,
            ["proofSystem"] = c.ProofSystem,
        };
        var fields = ClassFieldNames.Value;
        Assert.Equal(byName.Keys.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
        return Arguments("setClass", fields.Select(name => byName[name]).ToArray());
    }

    public static byte[] Pipeline(PipelineTemplate p) => Arguments("setPipeline", new object[] { p.Id, p.Name, p.Stages.ToList() });

    private static byte[] Arguments(string setter, object argument) => Hex.Decode(Registry.GetFunctionBuilder(setter).GetData(argument))[4..];
}
