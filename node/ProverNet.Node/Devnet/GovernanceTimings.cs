namespace ProverNet.Node.Devnet;

/// <summary>How long a devnet governance decision takes on L1: the Governor's voting delay and period, and the timelock's delay.</summary>
/// <param name="VotingDelaySeconds">From a proposal to the start of its vote.</param>
/// <param name="VotingPeriodSeconds">How long the vote stays open.</param>
/// <param name="TimelockDelaySeconds">How long a passed proposal waits before it can be executed.</param>
public readonly record struct GovernanceTimings(int VotingDelaySeconds, int VotingPeriodSeconds, int TimelockDelaySeconds);
