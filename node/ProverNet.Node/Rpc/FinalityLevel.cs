namespace ProverNet.Node.Rpc;

/// <summary>The three heads of a rollup node (docs/architecture.md §2).</summary>
public enum FinalityLevel
{
    /// <summary>Sequenced: the head.</summary>
    Unsafe,

    /// <summary>Its batch is on L1 and derives to it.</summary>
    Safe,

    /// <summary>Its L1 data is final and so is its output on OutputOracle.</summary>
    Finalized,
}
