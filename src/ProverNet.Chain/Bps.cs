namespace ProverNet.Chain;

/// <summary>Basis points: shares in ten-thousandths.</summary>
public static class Bps
{
    /// <summary>The whole, 100%.</summary>
    public const uint Whole = 10_000;
}
