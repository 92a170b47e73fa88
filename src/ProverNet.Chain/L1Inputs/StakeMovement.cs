namespace ProverNet.Chain.L1Inputs;

/// <summary>Which way assets moved through a prover's vault.</summary>
public enum StakeMovement : byte
{
    /// <summary><c>Staked</c>: assets deposited into the vault.</summary>
    Staked,

    /// <summary><c>UnstakeRequested</c>: assets redeemed from the vault into the pending pool.</summary>
    UnstakeRequested,
}
