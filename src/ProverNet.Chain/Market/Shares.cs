using System.Numerics;
using ProverNet.Core;

namespace ProverNet.Chain.Market;

/// <summary>Floor shares of amounts, exact for every 128-bit amount (the products need up to 256 bits).</summary>
internal static class Shares
{
    /// <summary><c>floor(amount × bps / 10000)</c>.</summary>
    public static Amount OfBps(Amount amount, uint bps) => Proportion(amount, bps, Bps.Whole);

    /// <summary><c>floor(amount × numerator / denominator)</c>; zero when the denominator is zero.</summary>
    public static Amount Proportion(Amount amount, UInt128 numerator, UInt128 denominator)
    {
        if (denominator == 0)
        {
            return Amount.Zero;
        }

        var share = (BigInteger)amount.Wei * numerator / denominator;
        return new Amount((UInt128)share);
    }
}
