using System.Numerics;
using ProverNet.Chain.Genesis;
using ProverNet.Core;

namespace ProverNet.Chain.Gas;

/// <summary>
/// The EIP-1559 base-fee update: the base fee of a block follows from its parent's gas used against the gas target
/// (the gas limit divided by the elasticity multiplier), moving by at most 1/denominator per block, never below the
/// governed floor.
/// </summary>
public static class BaseFeeRule
{
    /// <summary>The base fee per gas of the child of a block with <paramref name="parentBaseFee"/> and <paramref name="parentGasUsed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parent used more gas than its limit.</exception>
    public static Amount Next(Amount parentBaseFee, ulong parentGasUsed, ulong parentGasLimit, GasSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parentGasUsed, parentGasLimit);
        var target = parentGasLimit / schedule.ElasticityMultiplier;
        if (target == 0 || parentGasUsed == target)
        {
            return Max(parentBaseFee, schedule.MinBaseFee);
        }

        // BigInteger: base fee (up to 128 bits) times a gas difference can exceed 128 bits; this runs once per block.
        BigInteger baseFee = parentBaseFee.Wei;
        if (parentGasUsed > target)
        {
            var increase = BigInteger.Max(baseFee * (parentGasUsed - target) / target / schedule.BaseFeeChangeDenominator, BigInteger.One);
            var raised = baseFee + increase;
            return raised > Amount.MaxValue.Wei ? Amount.MaxValue : Max(new Amount((UInt128)raised), schedule.MinBaseFee);
        }

        var decrease = baseFee * (target - parentGasUsed) / target / schedule.BaseFeeChangeDenominator;
        return Max(new Amount((UInt128)(baseFee - decrease)), schedule.MinBaseFee);
    }

    /// <summary>
    /// The base fee of the block after <paramref name="parent"/>: the schedule's initial base fee for block 1 (genesis
    /// has no gas history), then <see cref="Next"/>.
    /// </summary>
    public static Amount ForChildOf(Blocks.BlockHeader parent, GasSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return parent.Number == 0 ? schedule.InitialBaseFee : Next(parent.BaseFee, parent.GasUsed, parent.GasLimit, schedule);
    }

    private static Amount Max(Amount left, Amount right) => left >= right ? left : right;
}
