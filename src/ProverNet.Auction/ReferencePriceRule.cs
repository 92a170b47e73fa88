namespace ProverNet.Auction;

/// <summary>
/// The thin-market update of a reference price (docs/clearing-rule.md §4): with D willing bids and S willing offers, R moves by
/// <c>max(1, floor(R * stepBps * |D - S| / ((D + S) * 10000)))</c> towards the short side, kept within 1..2^96-1.
/// </summary>
internal static class ReferencePriceRule
{
    private const ulong BasisPoints = 10_000;

    /// <summary>R for the next round after a thin round.</summary>
    public static UInt128 AfterThinRound(UInt128 reference, int willingBids, int willingOffers, uint stepBps)
    {
        if (willingBids == willingOffers)
        {
            return reference;
        }

        var gap = (ulong)Math.Abs((long)willingBids - willingOffers);
        var total = (ulong)willingBids + (ulong)willingOffers;
        var step = MultiplyDivide(reference, stepBps * gap, total * BasisPoints);
        var delta = step == 0 ? UInt128.One : step;
        if (willingBids > willingOffers)
        {
            // delta <= R * stepBps / 10000 < 2^115, so the sum cannot wrap.
            var raised = reference + delta;
            return raised > OrderBounds.MaxPricePerUnit ? OrderBounds.MaxPricePerUnit : raised;
        }

        return delta >= reference ? UInt128.One : reference - delta;
    }

    /// <summary>
    /// Exact <c>floor(value * numerator / denominator)</c> without a 256-bit product: with value = q * d + r,
    /// it is q * n + floor(r * n / d), and r * n &lt; 2^46 * 2^63 fits (stepBps &lt; 2^32, |D - S| &lt; 2^31, D + S &lt; 2^32).
    /// </summary>
    internal static UInt128 MultiplyDivide(UInt128 value, ulong numerator, ulong denominator)
    {
        var quotient = value / denominator;
        var remainder = value % denominator;
        return checked((quotient * numerator) + (remainder * numerator / denominator));
    }
}
