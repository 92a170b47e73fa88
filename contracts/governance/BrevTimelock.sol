// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title BrevTimelock: the OpenZeppelin TimelockController that executes governance decisions
/// @notice Owns the ParameterRegistry and holds the admin roles of the other contracts. Its proposer and canceller is
///         BrevGovernor; its executor role is open (anyone may execute a ready operation). A separate contract name
///         gives the node an artifact under `contracts/`; the behaviour is OpenZeppelin's, unchanged.
contract BrevTimelock is TimelockController {
    /// @notice Creates the timelock.
    /// @param minDelay Seconds between queueing and execution.
    /// @param proposers Accounts granted the proposer and canceller roles (the governor).
    /// @param executors Accounts granted the executor role (address(0) = anyone).
    /// @param admin Optional bootstrap admin (address(0) for none); should renounce after wiring.
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
