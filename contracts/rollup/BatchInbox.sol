// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title BatchInbox: where the sequencer posts compressed L2 batches
/// @notice The batch itself is the calldata of `submitBatch`; the contract stores nothing but a counter and emits
///         `BatchSubmitted`, from which derivation finds the transaction and decodes its input. Only the sequencer
///         (set by governance) may post.
contract BatchInbox is Ownable {
    /// @notice Largest batch accepted, in bytes.
    uint256 public constant MAX_BATCH_SIZE = 128 * 1024;

    /// @notice The address allowed to post batches.
    address public sequencer;
    /// @notice Number of batches posted so far (the index of the next one).
    uint256 public batchCount;

    /// @notice The caller is not the sequencer.
    error BatchInboxOnlySequencer(address caller);
    /// @notice The batch is empty.
    error BatchInboxEmptyBatch();
    /// @notice The batch exceeds MAX_BATCH_SIZE.
    error BatchInboxBatchTooLarge(uint256 size);
    /// @notice The sequencer address is zero.
    error BatchInboxZeroSequencer();

    /// @notice Batch `index` was posted; its bytes are the calldata of this transaction's `submitBatch`.
    /// @param index Batch index, from 0.
    /// @param dataHash keccak256 of the batch bytes.
    /// @param size Batch length in bytes.
    event BatchSubmitted(uint256 indexed index, bytes32 indexed dataHash, uint256 size);
    /// @notice The sequencer changed.
    /// @param previous Previous sequencer.
    /// @param sequencer New sequencer.
    event SequencerChanged(address indexed previous, address indexed sequencer);

    /// @notice Creates the inbox.
    /// @param owner_ Governance (the timelock).
    /// @param sequencer_ The sequencer's batcher address.
    constructor(address owner_, address sequencer_) Ownable(owner_) {
        _setSequencer(sequencer_);
    }

    /// @notice Posts a batch. Sequencer only.
    /// @param data The compressed, versioned batch.
    /// @return index The batch's index.
    function submitBatch(bytes calldata data) external returns (uint256 index) {
        if (msg.sender != sequencer) revert BatchInboxOnlySequencer(msg.sender);
        if (data.length == 0) revert BatchInboxEmptyBatch();
        if (data.length > MAX_BATCH_SIZE) revert BatchInboxBatchTooLarge(data.length);
        index = batchCount++;
        emit BatchSubmitted(index, keccak256(data), data.length);
    }

    /// @notice Replaces the sequencer. Owner only.
    /// @param sequencer_ The new sequencer.
    function setSequencer(address sequencer_) external onlyOwner {
        _setSequencer(sequencer_);
    }

    function _setSequencer(address sequencer_) private {
        if (sequencer_ == address(0)) revert BatchInboxZeroSequencer();
        emit SequencerChanged(sequencer, sequencer_);
        sequencer = sequencer_;
    }
}
