// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IParameterRegistry
/// @notice The governed protocol parameters, as read by other L1 contracts (and their types, shared with IL2Params).
interface IParameterRegistry {
    /// @notice A market class (docs/clearing-rule.md §1): a homogeneous market of proof jobs. `maxOrderLifetimeSec` bounds how long a
    ///         new order may stay in the L2 book: its expiry is at most that many seconds after the block admitting it.
    struct MarketClass {
        uint32 id;
        uint32 minUnits;
        uint32 maxUnits;
        uint32 provingWindowSec;
        uint32 maxOrderLifetimeSec;
        uint32 maxProofBytes;
        uint16 jobStakeBps;
        uint16 securityBits;
        bool enabled;
        uint128 minProverStake;
        uint96 initialReferencePrice;
        string name;
        string proofSystem;
    }

    /// @notice A pipeline template: the stage classes of a composite job, in order.
    struct Pipeline {
        uint32 id;
        string name;
        uint32[] stages;
    }

    /// @notice Auction settings of the clearing rule (docs/clearing-rule.md §3).
    struct AuctionSettings {
        uint32 intervalBlocks;
        uint32 thickMarketMinOrders;
        uint32 referenceStepBps;
    }

    /// @notice The L2 gas schedule (docs/architecture.md §3).
    struct GasSchedule {
        uint64 intrinsic;
        uint64 calldataZeroByte;
        uint64 calldataNonZeroByte;
        uint64 submitBid;
        uint64 submitOffer;
        uint64 cancel;
        uint64 withdrawal;
        uint32 baseFeeChangeDenominator;
        uint32 elasticityMultiplier;
        uint128 initialBaseFee;
        uint128 minBaseFee;
    }

    /// @notice Emitted on every change of a governed value. `key` names the parameter (see the contracts README),
    ///         `id` is the class or pipeline id (0 for global values), `value` the ABI encoding of the new value.
    /// @param key keccak256 of the parameter name, e.g. keccak256("marketFeeBps").
    /// @param id Class or pipeline id, 0 for global parameters.
    /// @param value ABI encoding of the complete new value.
    event ParameterChanged(bytes32 indexed key, uint32 indexed id, bytes value);

    /// @notice Largest accepted proof, in bytes.
    /// @return The bound.
    function maxProofSize() external view returns (uint32);

    /// @notice Smallest accepted security level of a verifying key, in bits.
    /// @return The bound.
    function minSecurityBits() external view returns (uint16);

    /// @notice Share of a job's locked stake slashed when it fails, in basis points.
    /// @return The share.
    function slashBps() external view returns (uint16);

    /// @notice Protocol fee on provers' pay, in basis points.
    /// @return The fee.
    function marketFeeBps() external view returns (uint16);
}
