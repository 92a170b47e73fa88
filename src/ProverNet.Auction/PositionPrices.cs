namespace ProverNet.Auction;

/// <summary>
/// Provers' pay in one stage (docs/clearing-rule.md §3.6): the VCG payment of a position auction. With winning sizes
/// <c>w_1 &gt;= ... &gt;= w_K</c>, <c>w_{K+1} = 0</c>, winning asks <c>a_1 &lt;= ... &lt;= a_K</c> and
/// <c>a_{K+1} = threshold</c>, prover r gets <c>P_r = sum over s = r..K of a_{s+1} * (w_s - w_{s+1})</c>.
/// </summary>
internal static class PositionPrices
{
    /// <summary>Fills <paramref name="pay"/> in one backward pass (a running suffix sum).</summary>
    /// <param name="asks">Winning asks per unit, ascending.</param>
    /// <param name="sizes">Winning job sizes, descending, paired by position with <paramref name="asks"/>.</param>
    /// <param name="threshold">The stage's seller threshold, at least every winning ask.</param>
    /// <param name="pay">Receives <c>P_r</c> for each position.</param>
    public static void Compute(ReadOnlySpan<UInt128> asks, ReadOnlySpan<uint> sizes, UInt128 threshold, Span<UInt128> pay)
    {
        UInt128 running = 0;
        for (var r = sizes.Length - 1; r >= 0; r--)
        {
            var last = r + 1 == sizes.Length;
            var nextAsk = last ? threshold : asks[r + 1];
            var nextSize = last ? 0u : sizes[r + 1];
            running = checked(running + (nextAsk * (sizes[r] - nextSize)));
            pay[r] = running;
        }
    }
}
