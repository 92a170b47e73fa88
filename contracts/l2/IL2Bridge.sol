// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IL2Bridge: the L2 Bridge system contract (address 0x0000000000000000000000000000000000000B02)
/// @notice Implemented natively by the node. Withdrawals burn the sent BREV and queue an L2→L1 message that anyone
///         relays on L1 (RollupBridge.relayMessage) once an output covering it is final. System messages (slash,
///         addRewards) are queued by the node and announced with `MessagePassed` too.
interface IL2Bridge {
    /// @notice An L1 deposit was credited on L2 (system transaction at the start of a block).
    /// @param l1Nonce Deposit nonce on L1.
    /// @param from The sender.
    /// @param l2Recipient L2 recipient.
    /// @param amount Amount in BREV wei.
    event DepositFinalized(uint256 indexed l1Nonce, address indexed from, address indexed l2Recipient, uint256 amount);
    /// @notice `from` burned `amount` to be paid to `l1Recipient` on L1.
    /// @param nonce L2→L1 message nonce.
    /// @param from The sender.
    /// @param l1Recipient L1 recipient.
    /// @param amount Amount in BREV wei.
    event WithdrawalInitiated(uint256 indexed nonce, address indexed from, address indexed l1Recipient, uint256 amount);
    /// @notice An L2→L1 message was queued. `leaf` is its Merkle leaf (see the contracts README).
    /// @param nonce L2→L1 message nonce (unique, the bridge relays each once).
    /// @param kind Message kind (0 withdraw, 1 slash, 2 addRewards).
    /// @param target Recipient or prover.
    /// @param amount Amount in BREV wei.
    /// @param data Message data.
    /// @param leaf Merkle leaf of the message.
    event MessagePassed(uint256 indexed nonce, uint8 kind, address indexed target, uint256 amount, bytes data, bytes32 leaf);

    /// @notice Burns `msg.value` BREV and queues its withdrawal to `l1Recipient`.
    /// @param l1Recipient The L1 address paid on relay.
    /// @return nonce The message nonce.
    function withdraw(address l1Recipient) external payable returns (uint256 nonce);

    /// @notice Nonce the next L2→L1 message gets.
    /// @return The nonce.
    function messageNonce() external view returns (uint256);
}
