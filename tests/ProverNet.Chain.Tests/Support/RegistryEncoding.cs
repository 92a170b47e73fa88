using System.Numerics;
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
    private static readonly ContractBuilder Registry = new(ContractArtifacts.Load("ParameterRegistry").Abi, "0x0000000000000000000000000000000000000001");

    public static byte[] UInt(string setter, uint value) => Arguments(setter, value);

    public static byte[] Auction(AuctionParameters a) =>
        Arguments("setAuctionSettings", new object[] { a.IntervalBlocks, a.Clearing.ThickMarketMinOrders, a.Clearing.ReferenceStepBps });

    public static byte[] Gas(GasSchedule g) => Arguments("setGasSchedule", new object[]
    {
        g.Intrinsic, g.CalldataZeroByte, g.CalldataNonZeroByte, g.SubmitBid, g.SubmitOffer, g.Cancel, g.Withdrawal,
        g.BaseFeeChangeDenominator, g.ElasticityMultiplier, (BigInteger)g.InitialBaseFee.Wei, (BigInteger)g.MinBaseFee.Wei,
    });

    public static byte[] Class(MarketClass c) => Arguments("setClass", new object[]
    {
        c.Id, c.MinUnits, c.MaxUnits, c.ProvingWindowSec, c.MaxOrderLifetimeSec, c.MaxProofBytes, (ushort)c.JobStakeBps, (ushort)c.SecurityBits, c.Enabled,
        (BigInteger)c.MinProverStake.Wei, (BigInteger)c.InitialReferencePrice, c.Name, c.ProofSystem,
    });

    public static byte[] Pipeline(PipelineTemplate p) => Arguments("setPipeline", new object[] { p.Id, p.Name, p.Stages.ToList() });

    private static byte[] Arguments(string setter, object argument) => Hex.Decode(Registry.GetFunctionBuilder(setter).GetData(argument))[4..];
}
