namespace ProverNet.Node.Settlement;

/// <summary>Output proposals, attestations and finality (section <c>Settlement</c>).</summary>
public sealed class SettlementOptions
{
    /// <summary>The deployment record naming OutputOracle and StakingController; empty: <c>&lt;DataDir&gt;/deployments.json</c> when it exists.</summary>
    public string DeploymentsFile { get; set; } = string.Empty;

    /// <summary>Whether the sequencer proposes outputs (from its L1 key, the proposer OutputOracle accepts).</summary>
    public bool Propose { get; set; } = true;

    /// <summary>How often the proposer, the attester and finality look at OutputOracle.</summary>
    public int PollIntervalMs { get; set; } = 1_000;

    /// <summary>
    /// Test only, never for a real chain: the L2 block whose output the proposer proposes with a wrong root (0: none),
    /// so that tests see validators challenge it.
    /// </summary>
    public ulong InjectWrongRootAtBlock { get; set; }
}
