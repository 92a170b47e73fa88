// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IOutputOracle} from "../interfaces/IOutputOracle.sol";
import {IStakingController} from "../interfaces/IStakingController.sol";

/// @title RollupBridge: the L1 portal of ProverNet
/// @notice Deposits lock BREV here and emit `DepositInitiated` (the L2 mints the same amount to the recipient).
///         L2→L1 messages (withdrawals, slashes, rewards) are relayed with a Merkle proof against the `messagesRoot`
///         of a finalized output of the OutputOracle, each at most once (by nonce).
///
///         Message leaf (the C# node builds the same tree; see the contracts README):
///         `leaf = keccak256(bytes.concat(keccak256(abi.encode(nonce, kind, target, amount, data))))`, tree nodes
///         `keccak256(sorted(left, right))` (OpenZeppelin MerkleProof).
///
///         The guardian may pause deposits and relays for at most `maxPauseDuration`; after a pause ends, it cannot
///         pause again for `exitWindow`, so users always get a window to relay their withdrawals.
contract RollupBridge is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to pause (and unpause) the bridge.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice The only output-root version understood.
    bytes32 public constant OUTPUT_VERSION = bytes32(0);
    /// @notice Upper bound of `maxPauseDuration`.
    uint64 public constant MAX_PAUSE_DURATION = 30 days;
    /// @notice Lower bound of `exitWindow`.
    uint64 public constant MIN_EXIT_WINDOW = 1 days;

    /// @notice Kinds of L2→L1 messages.
    enum MessageKind {
        Withdraw,
        Slash,
        AddRewards
    }

    /// @notice An L2→L1 message. `target` is the L1 recipient (Withdraw) or the prover (Slash, AddRewards); `data` is
    ///         abi.encode(bytes32 jobId) for Slash and empty otherwise.
    struct L2Message {
        uint256 nonce;
        uint8 kind;
        address target;
        uint256 amount;
        bytes data;
    }

    /// @notice The preimage of an output root.
    struct OutputRootProof {
        bytes32 version;
        bytes32 stateRoot;
        bytes32 messagesRoot;
        bytes32 l2BlockHash;
    }

    /// @notice The bridged token (BREV).
    IERC20 public immutable token;
    /// @notice The OutputOracle.
    IOutputOracle public immutable oracle;
    /// @notice The StakingController (this contract holds its SLASHER_ROLE).
    IStakingController public immutable staking;

    /// @notice Nonce of the next deposit.
    uint256 public depositNonce;
    /// @notice Longest a guardian pause lasts.
    uint64 public maxPauseDuration;
    /// @notice Time after a pause during which the guardian cannot pause again.
    uint64 public exitWindow;
    /// @notice End of the current pause (in the past when not paused).
    uint64 public pausedUntil;
    /// @notice Earliest time of the next pause.
    uint64 public pauseAllowedFrom;

    mapping(uint256 nonce => bool) private _relayed;

    /// @notice Deposits and relays are paused.
    error RollupBridgePaused(uint64 until);
    /// @notice The bridge is not paused.
    error RollupBridgeNotPaused();
    /// @notice The exit window after the last pause has not ended.
    error RollupBridgeExitWindowActive(uint64 pauseAllowedFrom);
    /// @notice Amount zero.
    error RollupBridgeZeroAmount();
    /// @notice Recipient or target zero.
    error RollupBridgeZeroAddress();
    /// @notice The message with this nonce was already relayed.
    error RollupBridgeAlreadyRelayed(uint256 nonce);
    /// @notice The output is not final.
    error RollupBridgeOutputNotFinalized(uint256 outputIndex);
    /// @notice The output-root preimage does not hash to the output's root, or has an unknown version.
    error RollupBridgeInvalidOutputRootProof();
    /// @notice The Merkle proof does not prove the message against `messagesRoot`.
    error RollupBridgeInvalidMerkleProof();
    /// @notice Unknown message kind, or data of the wrong shape.
    error RollupBridgeInvalidMessage(uint8 kind);
    /// @notice A configuration value is out of bounds.
    error RollupBridgeInvalidConfig(bytes32 key);

    /// @notice `from` locked `amount` for `l2Recipient`; the L2 mints it after `l1.confirmations`.
    /// @param nonce Deposit nonce (from 0).
    /// @param from The sender.
    /// @param l2Recipient L2 recipient.
    /// @param amount Amount in BREV wei.
    event DepositInitiated(uint256 indexed nonce, address indexed from, address indexed l2Recipient, uint256 amount);
    /// @notice An L2→L1 message was relayed.
    /// @param nonce L2→L1 message nonce.
    /// @param kind Message kind (0 withdraw, 1 slash, 2 addRewards).
    /// @param target Recipient or prover.
    /// @param amount Amount in BREV wei.
    /// @param leaf Merkle leaf of the message.
    event MessageRelayed(uint256 indexed nonce, uint8 kind, address indexed target, uint256 amount, bytes32 leaf);
    /// @notice The guardian paused the bridge until `until`.
    /// @param guardian The pausing guardian.
    /// @param until Time the pause ends by itself.
    event BridgePaused(address indexed guardian, uint64 until);
    /// @notice The bridge was unpaused early.
    /// @param by The account that unpaused.
    event BridgeUnpaused(address indexed by);
    /// @notice The pause settings changed.
    /// @param maxPauseDuration Longest pause in seconds.
    /// @param exitWindow Seconds after a pause before the next.
    event PauseConfigChanged(uint64 maxPauseDuration, uint64 exitWindow);

    modifier whenNotPaused() {
        if (paused()) revert RollupBridgePaused(pausedUntil);
        _;
    }

    /// @notice Creates the bridge.
    /// @param token_ BREV.
    /// @param oracle_ The OutputOracle.
    /// @param staking_ The StakingController.
    /// @param admin Governance (the timelock).
    /// @param guardian Holder of GUARDIAN_ROLE.
    /// @param maxPauseDuration_ Longest pause, at most MAX_PAUSE_DURATION.
    /// @param exitWindow_ Time after a pause before the next, at least MIN_EXIT_WINDOW.
    constructor(
        IERC20 token_,
        IOutputOracle oracle_,
        IStakingController staking_,
        address admin,
        address guardian,
        uint64 maxPauseDuration_,
        uint64 exitWindow_
    ) {
        if (address(token_) == address(0) || address(oracle_) == address(0) || address(staking_) == address(0)) {
            revert RollupBridgeZeroAddress();
        }
        if (admin == address(0) || guardian == address(0)) revert RollupBridgeZeroAddress();
        token = token_;
        oracle = oracle_;
        staking = staking_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, guardian);
        _setPauseConfig(maxPauseDuration_, exitWindow_);
    }

    /// @notice Locks `amount` BREV from the caller for `l2Recipient` on L2 (approve this contract first).
    /// @param amount BREV wei.
    /// @param l2Recipient The L2 account credited.
    /// @return nonce The deposit's nonce.
    function deposit(uint256 amount, address l2Recipient) external nonReentrant whenNotPaused returns (uint256 nonce) {
        if (amount == 0) revert RollupBridgeZeroAmount();
        if (l2Recipient == address(0)) revert RollupBridgeZeroAddress();
        nonce = depositNonce++;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit DepositInitiated(nonce, msg.sender, l2Recipient, amount);
    }

    /// @notice Relays an L2→L1 message proven against output `outputIndex`, which must be final. Anyone may relay.
    /// @param message The message.
    /// @param outputIndex Index of a finalized output in the OutputOracle.
    /// @param rootProof Preimage of that output's root.
    /// @param merkleProof Sibling hashes from the message's leaf to `rootProof.messagesRoot`.
    function relayMessage(
        L2Message calldata message,
        uint256 outputIndex,
        OutputRootProof calldata rootProof,
        bytes32[] calldata merkleProof
    ) external nonReentrant whenNotPaused {
        if (_relayed[message.nonce]) revert RollupBridgeAlreadyRelayed(message.nonce);
        if (message.target == address(0)) revert RollupBridgeZeroAddress();
        if (!oracle.isFinalized(outputIndex)) revert RollupBridgeOutputNotFinalized(outputIndex);
        if (rootProof.version != OUTPUT_VERSION || outputRoot(rootProof) != oracle.getOutput(outputIndex).outputRoot) {
            revert RollupBridgeInvalidOutputRootProof();
        }
        bytes32 leaf = messageLeaf(message);
        if (!MerkleProof.verifyCalldata(merkleProof, rootProof.messagesRoot, leaf)) revert RollupBridgeInvalidMerkleProof();
        _relayed[message.nonce] = true;
        emit MessageRelayed(message.nonce, message.kind, message.target, message.amount, leaf);

        if (message.kind == uint8(MessageKind.Withdraw)) {
            if (message.data.length != 0) revert RollupBridgeInvalidMessage(message.kind);
            token.safeTransfer(message.target, message.amount);
        } else if (message.kind == uint8(MessageKind.Slash)) {
            if (message.data.length != 32) revert RollupBridgeInvalidMessage(message.kind);
            staking.slashAmount(message.target, message.amount, bytes32(message.data));
        } else if (message.kind == uint8(MessageKind.AddRewards)) {
            if (message.data.length != 0) revert RollupBridgeInvalidMessage(message.kind);
            token.forceApprove(address(staking), message.amount);
            staking.addRewards(message.target, message.amount);
        } else {
            revert RollupBridgeInvalidMessage(message.kind);
        }
    }

    /// @notice Pauses deposits and relays for `maxPauseDuration`. Guardian only; not during the exit window.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        if (paused()) revert RollupBridgePaused(pausedUntil);
        if (block.timestamp < pauseAllowedFrom) revert RollupBridgeExitWindowActive(pauseAllowedFrom);
        pausedUntil = uint64(block.timestamp) + maxPauseDuration;
        pauseAllowedFrom = pausedUntil + exitWindow;
        emit BridgePaused(msg.sender, pausedUntil);
    }

    /// @notice Ends the pause early; the exit window starts now. Guardian or governance.
    function unpause() external {
        if (!hasRole(GUARDIAN_ROLE, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert AccessControlUnauthorizedAccount(msg.sender, GUARDIAN_ROLE);
        }
        if (!paused()) revert RollupBridgeNotPaused();
        pausedUntil = uint64(block.timestamp);
        pauseAllowedFrom = uint64(block.timestamp) + exitWindow;
        emit BridgeUnpaused(msg.sender);
    }

    /// @notice Sets the pause limits. Governance only.
    /// @param maxPauseDuration_ Longest pause, 1 s..MAX_PAUSE_DURATION.
    /// @param exitWindow_ Exit window, at least MIN_EXIT_WINDOW.
    function setPauseConfig(uint64 maxPauseDuration_, uint64 exitWindow_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPauseConfig(maxPauseDuration_, exitWindow_);
    }

    /// @notice Whether deposits and relays are paused now.
    /// @return True while paused.
    function paused() public view returns (bool) {
        return block.timestamp < pausedUntil;
    }

    /// @notice Whether the message with `nonce` was relayed.
    /// @param nonce Message nonce.
    /// @return True if relayed.
    function isRelayed(uint256 nonce) external view returns (bool) {
        return _relayed[nonce];
    }

    /// @notice The Merkle leaf of a message.
    /// @param message The message.
    /// @return keccak256(bytes.concat(keccak256(abi.encode(nonce, kind, target, amount, data)))).
    function messageLeaf(L2Message calldata message) public pure returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(message.nonce, message.kind, message.target, message.amount, message.data)))
        );
    }

    /// @notice The output root of a preimage.
    /// @param p The preimage.
    /// @return keccak256(abi.encodePacked(version, stateRoot, messagesRoot, l2BlockHash)).
    function outputRoot(OutputRootProof calldata p) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(p.version, p.stateRoot, p.messagesRoot, p.l2BlockHash));
    }

    function _setPauseConfig(uint64 maxPauseDuration_, uint64 exitWindow_) private {
        if (maxPauseDuration_ == 0 || maxPauseDuration_ > MAX_PAUSE_DURATION) revert RollupBridgeInvalidConfig("maxPause");
        if (exitWindow_ < MIN_EXIT_WINDOW) revert RollupBridgeInvalidConfig("exitWindow");
        maxPauseDuration = maxPauseDuration_;
        exitWindow = exitWindow_;
        emit PauseConfigChanged(maxPauseDuration_, exitWindow_);
    }
}
