// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IOutputOracle
/// @notice What the RollupBridge and the node's validators read from the OutputOracle.
interface IOutputOracle {
    /// @notice A proposed L2 output.
    struct OutputProposal {
        bytes32 outputRoot;
        uint64 l2BlockNumber;
        uint64 timestamp;
        uint64 proposalId;
        bool challenged;
        bool attestedFinal;
    }

    /// @notice The output at `index`.
    /// @param index Output index.
    /// @return The proposal.
    function getOutput(uint256 index) external view returns (OutputProposal memory);

    /// @notice Whether `validator` attested to the output at `index` (a validator resumes from its last attestation).
    /// @param index Output index.
    /// @param validator The validator.
    /// @return True when it attested, whether or not it is still an active validator.
    function hasAttested(uint256 index, address validator) external view returns (bool);

    /// @notice Whether the output at `index` is final (by delay or by attestation, and not frozen by a challenge).
    /// @param index Output index.
    /// @return True when final.
    function isFinalized(uint256 index) external view returns (bool);
}
