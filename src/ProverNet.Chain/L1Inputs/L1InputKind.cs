namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// The <see cref="Blocks.SystemTransaction.Kind"/> of each opening system transaction derived from an L1 log. Opening
/// kinds use 0x01–0x3F; 0x80 and above belong to the closing system transactions (clearing, expiries).
/// </summary>
public enum L1InputKind : byte
{
    /// <summary>RollupBridge <c>DepositInitiated</c>: mint on L2.</summary>
    Deposit = 0x01,

    /// <summary>StakingController <c>ProverInitialized</c>: a new prover.</summary>
    ProverInitialized = 0x02,

    /// <summary>StakingController <c>StakeUpdated</c>: the prover's stake totals.</summary>
    StakeUpdated = 0x03,

    /// <summary>StakingController <c>Staked</c>: a deposit into a prover's vault.</summary>
    Staked = 0x04,

    /// <summary>StakingController <c>UnstakeRequested</c>: a withdrawal from a prover's vault into the pending pool.</summary>
    UnstakeRequested = 0x05,

    /// <summary>StakingController <c>ProverStatusChanged</c>.</summary>
    ProverStatusChanged = 0x06,

    /// <summary>StakingController <c>Jailed</c>.</summary>
    Jailed = 0x07,

    /// <summary>StakingController <c>Unjailed</c>.</summary>
    Unjailed = 0x08,

    /// <summary>ParameterRegistry <c>ParameterChanged</c>.</summary>
    ParameterChanged = 0x09,

    /// <summary>ProofVerifier <c>ProofVerified</c>, with the L1 block's timestamp.</summary>
    ProofVerified = 0x0A,

    /// <summary>StakingController <c>Slashed</c>.</summary>
    Slashed = 0x0B,
}
