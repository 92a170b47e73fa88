using ProverNet.Auction;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Parameters;

/// <summary>
/// The bounds ParameterRegistry checks before it emits a change, checked again on L2 so that a value the L1 contract
/// would never emit (or a future contract bug) fails its system transaction instead of corrupting the state. The bounds
/// themselves are <see cref="ParameterBounds"/>, <see cref="GasScheduleBounds"/> and <see cref="OrderLifetimeBounds"/>,
/// which genesis loading uses too. One rule
/// is the L2's own: a class serves as a stage of at most one pipeline, because TODA partitions the markets that way.
/// </summary>
internal static class ParameterRules
{
    public static void CheckMaxProofSize(uint size, ProtocolParameters parameters)
    {
        Within("maxProofSize", size, ParameterBounds.MinProofSize, ParameterBounds.MaxProofSize);
        if (parameters.Classes.MaxBy(c => c.MaxProofBytes) is { } largest && size < largest.MaxProofBytes)
        {
            throw new ExecutionRevertedException($"maxProofSize {size} is below class {largest.Id}'s maxProofBytes {largest.MaxProofBytes}");
        }
    }

    public static void CheckMinSecurityBits(uint bits, ProtocolParameters parameters)
    {
        Within("minSecurityBits", bits, ParameterBounds.MinSecurityBits, ParameterBounds.MaxSecurityBits);
        if (parameters.Classes.MinBy(c => c.SecurityBits) is { } weakest && bits > weakest.SecurityBits)
        {
            throw new ExecutionRevertedException($"minSecurityBits {bits} is above class {weakest.Id}'s securityBits {weakest.SecurityBits}");
        }
    }

    public static void CheckSlashBps(uint bps) => Within("slashBps", bps, 0, ParameterBounds.MaxSlashBps);

    public static void CheckMarketFeeBps(uint bps) => Within("marketFeeBps", bps, 0, ParameterBounds.MaxMarketFeeBps);

    public static void CheckAuction(AuctionParameters auction)
    {
        Within("auction.intervalBlocks", auction.IntervalBlocks, 1, ParameterBounds.MaxAuctionIntervalBlocks);
        Within("auction.thickMarketMinOrders", auction.Clearing.ThickMarketMinOrders, 1, ParameterBounds.MaxThickMarketMinOrders);
        Within("auction.referenceStepBps", auction.Clearing.ReferenceStepBps, 1, ParameterBounds.MaxReferenceStepBps);
    }

    public static void CheckGas(GasSchedule gas)
    {
        Within("gas.intrinsic", gas.Intrinsic, GasScheduleBounds.MinIntrinsicGas, GasScheduleBounds.MaxIntrinsicGas);
        Within("gas.calldataZeroByte", gas.CalldataZeroByte, 1, GasScheduleBounds.MaxCalldataByteGas);
        Within("gas.calldataNonZeroByte", gas.CalldataNonZeroByte, gas.CalldataZeroByte, GasScheduleBounds.MaxCalldataByteGas);
        foreach (var (name, value) in new[]
        {
            ("gas.submitBid", gas.SubmitBid), ("gas.submitOffer", gas.SubmitOffer), ("gas.cancel", gas.Cancel), ("gas.withdrawal", gas.Withdrawal),
        })
        {
            Within(name, value, 1, GasScheduleBounds.MaxOperationGas);
        }

        Within("gas.baseFeeChangeDenominator", gas.BaseFeeChangeDenominator, 1, GasScheduleBounds.MaxBaseFeeChangeDenominator);
        Within("gas.elasticityMultiplier", gas.ElasticityMultiplier, 1, GasScheduleBounds.MaxElasticityMultiplier);
        if (gas.MinBaseFee.Wei == 0 || gas.InitialBaseFee < gas.MinBaseFee)
        {
            throw new ExecutionRevertedException($"gas: minBaseFee {gas.MinBaseFee} must be at least 1 and at most initialBaseFee {gas.InitialBaseFee}");
        }
    }

    public static void CheckClass(MarketClass c, ProtocolParameters parameters)
    {
        string? problem =
            c.Id == 0 ? "id 0 is reserved"
            : c.Name.Length == 0 ? "the name is empty"
            : c.ProofSystem.Length == 0 ? "the proof system is empty"
            : c.MinUnits == 0 || c.MinUnits > c.MaxUnits ? $"units {c.MinUnits}..{c.MaxUnits} are not a range starting at 1 or more"
            : c.ProvingWindowSec == 0 ? "the proving window is 0 s"
            : !OrderLifetimeBounds.Contains(c.MaxOrderLifetimeSec)
                ? $"maxOrderLifetimeSec {c.MaxOrderLifetimeSec} is not within {OrderLifetimeBounds.MinSec}..{OrderLifetimeBounds.MaxSec}"
            : c.JobStakeBps > Bps.Whole ? $"jobStakeBps {c.JobStakeBps} exceeds {Bps.Whole}"
            : c.MaxProofBytes == 0 || c.MaxProofBytes > parameters.MaxProofSize ? $"maxProofBytes {c.MaxProofBytes} is not within 1..maxProofSize {parameters.MaxProofSize}"
            : c.SecurityBits < parameters.MinSecurityBits || c.SecurityBits > ParameterBounds.MaxSecurityBits
                ? $"securityBits {c.SecurityBits} is not within minSecurityBits {parameters.MinSecurityBits}..{ParameterBounds.MaxSecurityBits}"
            : c.InitialReferencePrice == 0 || c.InitialReferencePrice > OrderBounds.MaxPricePerUnit
                ? $"the initial reference price {c.InitialReferencePrice} is not within 1..{OrderBounds.MaxPricePerUnit} (a uint96)"
            : null;
        if (problem is not null)
        {
            throw new ExecutionRevertedException($"class {c.Id}: {problem}");
        }

        if (parameters.Classes.All(existing => existing.Id != c.Id) && parameters.Classes.Count >= ParameterBounds.MaxEntries)
        {
            throw new ExecutionRevertedException($"class {c.Id}: {ParameterBounds.MaxEntries} classes are registered already");
        }
    }

    public static void CheckPipeline(PipelineTemplate p, ProtocolParameters parameters)
    {
        if (p.Id == 0 || p.Name.Length == 0 || p.Stages.Count == 0 || p.Stages.Count > ParameterValues.MaxPipelineStages)
        {
            throw new ExecutionRevertedException($"pipeline {p.Id}: needs a non-zero id, a name and 1 to {ParameterValues.MaxPipelineStages} stages");
        }

        for (var i = 0; i < p.Stages.Count; i++)
        {
            var stage = p.Stages[i];
            if (parameters.Classes.All(c => c.Id != stage))
            {
                throw new ExecutionRevertedException($"pipeline {p.Id}: stage class {stage} is not registered");
            }

            if (p.Stages.Take(i).Contains(stage)
                || parameters.Pipelines.Any(other => other.Id != p.Id && other.Stages.Contains(stage)))
            {
                throw new ExecutionRevertedException($"pipeline {p.Id}: class {stage} already serves a pipeline stage; a class serves one stage of one pipeline");
            }
        }

        if (parameters.Pipelines.All(existing => existing.Id != p.Id) && parameters.Pipelines.Count >= ParameterBounds.MaxEntries)
        {
            throw new ExecutionRevertedException($"pipeline {p.Id}: {ParameterBounds.MaxEntries} pipelines are registered already");
        }
    }

    public static void Within(string name, ulong value, ulong min, ulong max)
    {
        if (value < min || value > max)
        {
            throw new ExecutionRevertedException($"{name} {value} is out of bounds [{min}, {max}]");
        }
    }
}
