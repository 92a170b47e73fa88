// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IParameterRegistry} from "../interfaces/IParameterRegistry.sol";

/// @title IL2Params: the L2 Params system contract (address 0x0000000000000000000000000000000000000B03)
/// @notice Read-only view of the governed parameters as applied on L2 (mirrored from the L1 ParameterRegistry's
///         `ParameterChanged` events). Implemented natively by the node.
interface IL2Params {
    /// @notice A change from L1 took effect on L2 from this block on (system transaction).
    /// @param key keccak256 of the parameter name (as in ParameterRegistry).
    /// @param id Class or pipeline id, 0 for global values.
    /// @param value ABI encoding of the complete new value.
    /// @param l1BlockNumber L1 block that carried the change.
    event ParameterApplied(bytes32 indexed key, uint32 indexed id, bytes value, uint256 l1BlockNumber);

    /// @notice Largest accepted proof, in bytes.
    /// @return The bound.
    function maxProofSize() external view returns (uint32);

    /// @notice Smallest accepted security level, in bits.
    /// @return The bound.
    function minSecurityBits() external view returns (uint16);

    /// @notice Share of locked stake slashed on a failed job, in basis points.
    /// @return The share.
    function slashBps() external view returns (uint16);

    /// @notice Protocol fee on provers' pay, in basis points.
    /// @return The fee.
    function marketFeeBps() external view returns (uint16);

    /// @notice The auction settings.
    /// @return The settings.
    function auctionSettings() external view returns (IParameterRegistry.AuctionSettings memory);

    /// @notice The gas schedule.
    /// @return The schedule.
    function gasSchedule() external view returns (IParameterRegistry.GasSchedule memory);

    /// @notice A market class definition.
    /// @param classId The class.
    /// @return The class.
    function getClass(uint32 classId) external view returns (IParameterRegistry.MarketClass memory);

    /// @notice All class ids.
    /// @return The ids.
    function classIds() external view returns (uint32[] memory);

    /// @notice A pipeline template.
    /// @param pipelineId The pipeline.
    /// @return The template.
    function getPipeline(uint32 pipelineId) external view returns (IParameterRegistry.Pipeline memory);

    /// @notice All pipeline ids.
    /// @return The ids.
    function pipelineIds() external view returns (uint32[] memory);
}
