// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IStakingController
/// @notice What the RollupBridge and the OutputOracle need from the StakingController.
interface IStakingController {
    /// @notice Slashes `bps` of a prover's vault assets and of its pending unstakes, sending them to the treasury.
    /// @param prover The prover (or validator) to slash.
    /// @param bps Share to slash, in basis points, at most `maxSlashBps`.
    /// @param reason Free-form reason (job id, equivocation tag) carried in the event.
    function slash(address prover, uint256 bps, bytes32 reason) external;

    /// @notice Slashes `amount` from a prover, spread pro rata over its vault and its pending unstakes, capped at
    ///         `maxSlashBps` of the total.
    /// @param prover The prover to slash.
    /// @param amount Amount in BREV wei.
    /// @param reason Free-form reason carried in the event.
    /// @return slashed The amount actually slashed.
    function slashAmount(address prover, uint256 amount, bytes32 reason) external returns (uint256 slashed);

    /// @notice Jails a prover until `until` (no new delegations; the L2 stops matching its offers).
    /// @param prover The prover.
    /// @param until Timestamp at which the prover may unjail itself.
    function jail(address prover, uint64 until) external;

    /// @notice Pays rewards to a prover's vault: commission to the prover, the rest raises the share price.
    /// @param prover The prover.
    /// @param amount Amount in BREV wei, pulled from the caller.
    function addRewards(address prover, uint256 amount) external;

    /// @notice Whether `account` is a registered validator that is not jailed.
    /// @param account The address.
    /// @return True when it may attest and challenge.
    function isActiveValidator(address account) external view returns (bool);

    /// @notice Stake counted for a validator (its vault's assets), 0 unless an active validator.
    /// @param account The validator.
    /// @return The stake in BREV wei.
    function validatorStake(address account) external view returns (uint256);

    /// @notice Sum of `validatorStake` over all validators.
    /// @return The total in BREV wei.
    function totalValidatorStake() external view returns (uint256);
}
