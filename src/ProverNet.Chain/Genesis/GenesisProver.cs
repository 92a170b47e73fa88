using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>A prover registered at genesis, so a new network's market can clear before any L1 staking happens.</summary>
/// <param name="Address">The prover's account.</param>
/// <param name="Stake">Self-stake, mirrored on L2 and staked on L1 by the deployment.</param>
/// <param name="CommissionBps">Share of delegators' rewards the prover keeps, in basis points.</param>
public sealed record GenesisProver(Address Address, Amount Stake, uint CommissionBps);
