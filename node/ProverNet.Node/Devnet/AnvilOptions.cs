namespace ProverNet.Node.Devnet;

/// <summary>How to start the devnet's local L1: anvil, and the governance timings of the contracts deployed on it.</summary>
public sealed class AnvilOptions
{
    /// <summary>Path of the anvil binary; empty means the one from the checkout's <c>node_modules</c>.</summary>
    public string AnvilPath { get; set; } = string.Empty;

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Chain id of the local L1.</summary>
    public ulong ChainId { get; set; } = 31337;

    /// <summary>
    /// Seconds between L1 blocks once the devnet's contracts are deployed (anvil mines each transaction at once while it
    /// deploys); 0 keeps mining only on transactions. L1 blocks must keep coming: an L2 block more than
    /// <c>rollup.maxSequencerDriftSec</c> ahead of its L1 origin carries no user transactions.
    /// </summary>
    public int BlockTimeSeconds { get; set; } = 2;

    /// <summary>How long to wait for anvil to answer JSON-RPC.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Seconds from a Governor proposal to the start of its vote (BrevToken keeps a timestamp clock).</summary>
    public int VotingDelaySeconds { get; set; } = 60;

    /// <summary>Seconds a Governor vote stays open; at least 1 (OpenZeppelin's Governor refuses 0).</summary>
    public int VotingPeriodSeconds { get; set; } = 600;

    /// <summary>Seconds a passed proposal waits in the timelock before it can be executed.</summary>
    public int TimelockDelaySeconds { get; set; } = 60;

    /// <summary>The timings handed to the deploy script.</summary>
    public GovernanceTimings Governance => new(VotingDelaySeconds, VotingPeriodSeconds, TimelockDelaySeconds);
}
