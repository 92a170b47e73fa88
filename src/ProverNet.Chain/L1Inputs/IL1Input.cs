using ProverNet.Chain.Blocks;

namespace ProverNet.Chain.L1Inputs;

/// <summary>One L1 log turned into an opening system transaction of an L2 block.</summary>
public interface IL1Input
{
    /// <summary>The L1 log it comes from.</summary>
    L1LogId Log { get; }

    /// <summary>The system transaction kind.</summary>
    L1InputKind Kind { get; }

    /// <summary>The system transaction that carries it: <see cref="Kind"/> and the canonical payload.</summary>
    SystemTransaction ToSystemTransaction();
}
