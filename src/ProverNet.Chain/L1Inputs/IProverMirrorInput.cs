using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.L1Inputs;

/// <summary>A StakingController event that updates the L2 mirror of one prover (<see cref="ProverRecord"/>).</summary>
public interface IProverMirrorInput : IL1Input
{
    /// <summary>The prover whose mirror changes.</summary>
    Address Prover { get; }

    /// <summary>
    /// The mirror after the event, given the mirror before it (null: none yet, and L1 being authoritative, one is created).
    /// Never changes <see cref="ProverRecord.LockedStake"/>: only the L2 market locks and unlocks stake.
    /// </summary>
    ProverRecord ApplyTo(ProverRecord? current);
}
