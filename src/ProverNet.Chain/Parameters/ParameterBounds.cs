namespace ProverNet.Chain.Parameters;

/// <summary>
/// The ranges of the governed scalar parameters and the size of the registries: the one definition that genesis loading
/// and the L2 checks of a governance change (<c>ParameterRules</c>) hold the parameters to, with
/// <see cref="GasScheduleBounds"/> and <see cref="OrderLifetimeBounds"/>. ParameterRegistry repeats each as a constant of
/// the same name in upper case (Solidity cannot share them); a test calls the compiled registry and compares.
/// </summary>
public static class ParameterBounds
{
    /// <summary>Smallest governed <c>maxProofSize</c>, bytes: a Groth16 proof is 128 to 256 bytes.</summary>
    public const uint MinProofSize = 128;

    /// <summary>Largest governed <c>maxProofSize</c>, bytes (1 MiB).</summary>
    public const uint MaxProofSize = 1 << 20;

    /// <summary>Lowest governed <c>minSecurityBits</c>.</summary>
    public const uint MinSecurityBits = 80;

    /// <summary>Highest security level, of <c>minSecurityBits</c> and of any class.</summary>
    public const uint MaxSecurityBits = 256;

    /// <summary>Largest <c>slashBps</c>: a missed deadline costs at most half the locked stake.</summary>
    public const uint MaxSlashBps = 5000;

    /// <summary>Largest <c>marketFeeBps</c>.</summary>
    public const uint MaxMarketFeeBps = 2000;

    /// <summary>Most market classes, and most pipelines.</summary>
    public const int MaxEntries = 256;

    /// <summary>Largest <c>auction.intervalBlocks</c>.</summary>
    public const uint MaxAuctionIntervalBlocks = 3600;

    /// <summary>Largest <c>auction.thickMarketMinOrders</c>.</summary>
    public const uint MaxThickMarketMinOrders = 1000;

    /// <summary>Largest <c>auction.referenceStepBps</c> (at least 1).</summary>
    public const uint MaxReferenceStepBps = 5000;
}
