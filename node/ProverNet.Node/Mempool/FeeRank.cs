namespace ProverNet.Node.Mempool;

/// <summary>
/// How much a transaction pays a block with a given base fee: its effective tip <c>min(maxPriorityFee, maxFee − baseFee)</c>
/// when its fee cap covers the base fee; otherwise it cannot enter the block at all and ranks below every one that can,
/// by its fee cap (the closer to the base fee, the sooner it may become payable).
/// </summary>
/// <param name="CoversBaseFee">Whether maxFeePerGas ≥ the base fee.</param>
/// <param name="Value">The effective tip when the base fee is covered; the fee cap otherwise.</param>
internal readonly record struct FeeRank(bool CoversBaseFee, UInt128 Value) : IComparable<FeeRank>
{
    /// <summary>The rank of fees <paramref name="maxFee"/> and <paramref name="maxPriorityFee"/> at <paramref name="baseFee"/>.</summary>
    public static FeeRank Of(UInt128 maxFee, UInt128 maxPriorityFee, UInt128 baseFee) =>
        maxFee >= baseFee ? new(true, UInt128.Min(maxPriorityFee, maxFee - baseFee)) : new(false, maxFee);

    /// <summary>Lower pays less.</summary>
    public int CompareTo(FeeRank other) =>
        CoversBaseFee == other.CoversBaseFee ? Value.CompareTo(other.Value) : CoversBaseFee.CompareTo(other.CoversBaseFee);

    /// <summary>Whether <paramref name="left"/> pays less.</summary>
    public static bool operator <(FeeRank left, FeeRank right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> pays more.</summary>
    public static bool operator >(FeeRank left, FeeRank right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> pays at most as much.</summary>
    public static bool operator <=(FeeRank left, FeeRank right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> pays at least as much.</summary>
    public static bool operator >=(FeeRank left, FeeRank right) => left.CompareTo(right) >= 0;
}
