namespace ProverNet.Node.Hosting;

/// <summary>Block production settings (<c>Sequencer:…</c>).</summary>
public sealed class SequencerOptions
{
    /// <summary>Time between blocks in milliseconds; 0 means the genesis <c>rollup.blockTimeMs</c>.</summary>
    public int BlockTimeMs { get; set; }

    /// <summary>
    /// Time one block may take to build and commit, in milliseconds; 0 means four fifths of the block time. Blocks then hold what
    /// fits into it (see <c>BlockBuildBudget</c>) as well as what fits into the gas limit.
    /// </summary>
    public int BuildBudgetMs { get; set; }

    /// <summary>Bids and offers per block signed by the dev accounts (0: none). For devnets and load tests only.</summary>
    public int SyntheticLoadPerBlock { get; set; }

    /// <summary>Market class the synthetic load trades in.</summary>
    public uint SyntheticLoadClassId { get; set; } = 2;
}
