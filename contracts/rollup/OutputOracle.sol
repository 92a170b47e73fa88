// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IOutputOracle} from "../interfaces/IOutputOracle.sol";
import {IStakingController} from "../interfaces/IStakingController.sol";

/// @title OutputOracle: L2 output roots, their attestation, challenge and finality
/// @notice The sequencer's proposer posts `(l2BlockNumber, outputRoot)` every `submissionInterval` L2 blocks, in
///         order (as Optimism's L2OutputOracle), optionally pinned to an L1 block hash to die with an L1 reorg.
///         `outputRoot = keccak256(abi.encodePacked(version, stateRoot, messagesRoot, l2BlockHash))`.
///         Validators (staked in the StakingController) attest to outputs they re-derived, or challenge those they
///         could not. An output is final after `finalityDelay` seconds without challenge, or earlier once validators
///         holding >= 2/3 of the validator stake have attested. A challenge freezes the output and every later one
///         until governance resolves it (valid: unfreeze; invalid: delete it and every later output). A validator
///         that signs two different roots for one L2 block (EIP-712 `OutputAttestation`) can be slashed and jailed
///         by anyone holding both signatures.
contract OutputOracle is IOutputOracle, AccessControl, EIP712 {
    /// @notice EIP-712 type of an attestation signed by a validator.
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256("OutputAttestation(uint256 l2BlockNumber,bytes32 outputRoot)");
    /// @notice Upper bound of `finalityDelay`.
    uint64 public constant MAX_FINALITY_DELAY = 30 days;

    /// @notice The StakingController (validator set and stake; this contract holds its SLASHER_ROLE).
    IStakingController public immutable staking;
    /// @notice L2 block number of the first output is `startingBlockNumber + submissionInterval`.
    uint256 public immutable startingBlockNumber;
    /// @notice L2 blocks between consecutive outputs.
    uint256 public immutable submissionInterval;

    /// @notice The sequencer's proposer address.
    address public proposer;
    /// @notice Seconds after which an unchallenged output is final.
    uint64 public finalityDelay;
    /// @notice Share of stake slashed for equivocation, in basis points.
    uint16 public equivocationSlashBps;
    /// @notice Seconds an equivocating validator stays jailed.
    uint64 public equivocationJailSec;
    /// @notice Number of outputs under an open challenge.
    uint256 public openChallenges;
    /// @notice Lowest output index under an open challenge (type(uint256).max if none): it and every later output
    ///         are frozen.
    uint256 public frozenFrom = type(uint256).max;

    OutputProposal[] private _outputs;
    uint64 private _nextProposalId = 1;
    mapping(uint64 proposalId => address[]) private _attesters;
    mapping(uint64 proposalId => mapping(address validator => bool)) private _hasAttested;
    mapping(uint64 proposalId => address) private _challenger;
    mapping(address validator => mapping(uint256 l2BlockNumber => bool)) private _equivocationProven;

    /// @notice The caller is not the proposer.
    error OutputOracleOnlyProposer(address caller);
    /// @notice The caller is not an active validator.
    error OutputOracleNotValidator(address caller);
    /// @notice The output root is zero.
    error OutputOracleEmptyOutputRoot();
    /// @notice Outputs must be proposed for `expected` next.
    error OutputOracleUnexpectedBlockNumber(uint256 expected, uint256 given);
    /// @notice The L1 block hash does not match (L1 reorg or block older than 256).
    error OutputOracleL1BlockHashMismatch(uint256 l1BlockNumber, bytes32 expected, bytes32 actual);
    /// @notice No output at this index.
    error OutputOracleUnknownOutput(uint256 index);
    /// @notice The validator already attested to this output.
    error OutputOracleAlreadyAttested(uint256 index, address validator);
    /// @notice The output is already final.
    error OutputOracleAlreadyFinalized(uint256 index);
    /// @notice The output is already challenged.
    error OutputOracleAlreadyChallenged(uint256 index);
    /// @notice The output is not challenged.
    error OutputOracleNotChallenged(uint256 index);
    /// @notice The two roots of an equivocation proof are equal.
    error OutputOracleSameRoot();
    /// @notice A signature of an equivocation proof is not the validator's.
    error OutputOracleInvalidSignature(address validator);
    /// @notice This validator was already slashed for equivocating on this L2 block.
    error OutputOracleEquivocationAlreadyProven(address validator, uint256 l2BlockNumber);
    /// @notice A configuration value is out of bounds.
    error OutputOracleInvalidConfig(bytes32 key);

    /// @notice An output was proposed.
    /// @param outputRoot The output root.
    /// @param index Output index.
    /// @param l2BlockNumber The L2 block.
    /// @param l1Timestamp L1 timestamp of the proposal.
    event OutputProposed(bytes32 indexed outputRoot, uint256 indexed index, uint256 indexed l2BlockNumber, uint256 l1Timestamp);
    /// @notice A validator attested to an output, with `stake` counted at that moment.
    /// @param index Output index.
    /// @param validator The validator.
    /// @param stake Stake counted.
    event OutputAttested(uint256 indexed index, address indexed validator, uint256 stake);
    /// @notice Attesting stake reached 2/3 of the validator stake.
    /// @param index Output index.
    /// @param attestedStake Stake of the attesting validators.
    /// @param totalStake Total validator stake.
    event OutputFinalizedByAttestation(uint256 indexed index, uint256 attestedStake, uint256 totalStake);
    /// @notice A validator challenged an output; it and every later output are frozen.
    /// @param index Output index.
    /// @param challenger The challenging validator.
    event OutputChallenged(uint256 indexed index, address indexed challenger);
    /// @notice Governance resolved a challenge.
    /// @param index Output index.
    /// @param outputValid Whether the output was found correct.
    event ChallengeResolved(uint256 indexed index, bool outputValid);
    /// @notice Outputs from `fromIndex` (inclusive) to `toIndex` (exclusive) were deleted.
    /// @param fromIndex First deleted index.
    /// @param toIndex End of the deleted range (exclusive).
    event OutputsDeleted(uint256 indexed fromIndex, uint256 toIndex);
    /// @notice A validator was slashed for signing two roots for one L2 block.
    /// @param validator The validator.
    /// @param l2BlockNumber The L2 block.
    /// @param rootA First root.
    /// @param rootB Second root.
    event EquivocationProven(address indexed validator, uint256 indexed l2BlockNumber, bytes32 rootA, bytes32 rootB);
    /// @notice A configuration value changed.
    /// @param key Name of the setting (a short string as bytes32).
    /// @param value New value (addresses as uint160).
    event ConfigChanged(bytes32 indexed key, uint256 value);

    /// @notice Creates the oracle.
    /// @param staking_ The StakingController.
    /// @param admin Governance (the timelock).
    /// @param proposer_ The sequencer's proposer.
    /// @param startingBlockNumber_ L2 block the chain starts from (genesis: 0).
    /// @param submissionInterval_ L2 blocks between outputs.
    /// @param finalityDelay_ Seconds to finality without attestation.
    /// @param equivocationSlashBps_ Slash for equivocation, bps (must not exceed the controller's `maxSlashBps`).
    /// @param equivocationJailSec_ Jail term for equivocation.
    constructor(
        IStakingController staking_,
        address admin,
        address proposer_,
        uint256 startingBlockNumber_,
        uint256 submissionInterval_,
        uint64 finalityDelay_,
        uint16 equivocationSlashBps_,
        uint64 equivocationJailSec_
    ) EIP712("ProverNet OutputOracle", "1") {
        if (address(staking_) == address(0) || admin == address(0)) revert OutputOracleInvalidConfig("staking/admin");
        if (submissionInterval_ == 0) revert OutputOracleInvalidConfig("submissionInterval");
        staking = staking_;
        startingBlockNumber = startingBlockNumber_;
        submissionInterval = submissionInterval_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setProposer(proposer_);
        _setFinalityDelay(finalityDelay_);
        _setEquivocationPenalty(equivocationSlashBps_, equivocationJailSec_);
    }

    // ------------------------------------------------------------------ proposer

    /// @notice Proposes the output root of L2 block `l2BlockNumber` (must equal `nextBlockNumber()`). Proposer only.
    /// @param l2BlockNumber The L2 block.
    /// @param outputRoot keccak256(abi.encodePacked(version, stateRoot, messagesRoot, l2BlockHash)).
    /// @param l1BlockHash Hash of L1 block `l1BlockNumber` the proposal builds on, or zero to skip the reorg check.
    /// @param l1BlockNumber The L1 block whose hash is checked.
    /// @return index The output's index.
    function proposeOutput(uint256 l2BlockNumber, bytes32 outputRoot, bytes32 l1BlockHash, uint256 l1BlockNumber)
        external
        returns (uint256 index)
    {
        if (msg.sender != proposer) revert OutputOracleOnlyProposer(msg.sender);
        if (outputRoot == bytes32(0)) revert OutputOracleEmptyOutputRoot();
        uint256 expected = nextBlockNumber();
        if (l2BlockNumber != expected) revert OutputOracleUnexpectedBlockNumber(expected, l2BlockNumber);
        if (l1BlockHash != bytes32(0)) {
            bytes32 actual = blockhash(l1BlockNumber);
            if (actual != l1BlockHash) revert OutputOracleL1BlockHashMismatch(l1BlockNumber, l1BlockHash, actual);
        }
        index = _outputs.length;
        _outputs.push(
            OutputProposal({
                outputRoot: outputRoot,
                l2BlockNumber: uint64(l2BlockNumber),
                timestamp: uint64(block.timestamp),
                proposalId: _nextProposalId++,
                challenged: false,
                attestedFinal: false
            })
        );
        emit OutputProposed(outputRoot, index, l2BlockNumber, block.timestamp);
    }

    // ------------------------------------------------------------------ validators

    /// @notice Attests that the caller re-derived output `index` and found the same root. Active validators only.
    ///         Finalizes the output once attesting validators hold >= 2/3 of the validator stake.
    /// @param index Output index.
    function attest(uint256 index) external {
        if (!staking.isActiveValidator(msg.sender)) revert OutputOracleNotValidator(msg.sender);
        OutputProposal storage o = _output(index);
        if (_hasAttested[o.proposalId][msg.sender]) revert OutputOracleAlreadyAttested(index, msg.sender);
        _hasAttested[o.proposalId][msg.sender] = true;
        _attesters[o.proposalId].push(msg.sender);
        emit OutputAttested(index, msg.sender, staking.validatorStake(msg.sender));
        if (!o.attestedFinal) {
            uint256 attested = attestedStake(index);
            uint256 total = staking.totalValidatorStake();
            if (total > 0 && attested * 3 >= total * 2) {
                o.attestedFinal = true;
                emit OutputFinalizedByAttestation(index, attested, total);
            }
        }
    }

    /// @notice Challenges output `index` (the caller's re-derivation disagrees): freezes it and every later output
    ///         until governance resolves. Active validators only; not on final outputs.
    /// @param index Output index.
    function challenge(uint256 index) external {
        if (!staking.isActiveValidator(msg.sender)) revert OutputOracleNotValidator(msg.sender);
        OutputProposal storage o = _output(index);
        if (o.challenged) revert OutputOracleAlreadyChallenged(index);
        if (isFinalized(index)) revert OutputOracleAlreadyFinalized(index);
        o.challenged = true;
        _challenger[o.proposalId] = msg.sender;
        ++openChallenges;
        if (index < frozenFrom) frozenFrom = index;
        emit OutputChallenged(index, msg.sender);
    }

    /// @notice Slashes and jails `validator` for signing two different roots for the same L2 block. Anyone may call.
    /// @param validator The equivocating validator.
    /// @param l2BlockNumber The L2 block.
    /// @param rootA First root.
    /// @param sigA Validator's EIP-712 signature of OutputAttestation(l2BlockNumber, rootA).
    /// @param rootB Second root.
    /// @param sigB Validator's EIP-712 signature of OutputAttestation(l2BlockNumber, rootB).
    function proveEquivocation(
        address validator,
        uint256 l2BlockNumber,
        bytes32 rootA,
        bytes calldata sigA,
        bytes32 rootB,
        bytes calldata sigB
    ) external {
        if (rootA == rootB) revert OutputOracleSameRoot();
        if (_equivocationProven[validator][l2BlockNumber]) {
            revert OutputOracleEquivocationAlreadyProven(validator, l2BlockNumber);
        }
        if (
            validator == address(0) || _recover(l2BlockNumber, rootA, sigA) != validator
                || _recover(l2BlockNumber, rootB, sigB) != validator
        ) {
            revert OutputOracleInvalidSignature(validator);
        }
        _equivocationProven[validator][l2BlockNumber] = true;
        emit EquivocationProven(validator, l2BlockNumber, rootA, rootB);
        staking.slash(validator, equivocationSlashBps, keccak256(abi.encode("equivocation", l2BlockNumber)));
        staking.jail(validator, uint64(block.timestamp) + equivocationJailSec);
    }

    // ------------------------------------------------------------------ governance (DEFAULT_ADMIN_ROLE)

    /// @notice Resolves the challenge of output `index`: valid unfreezes it; invalid deletes it and every later output
    ///         (the proposer then proposes again from its block number).
    /// @param index The challenged output.
    /// @param outputValid Whether governance found the output correct.
    function resolveChallenge(uint256 index, bool outputValid) external onlyRole(DEFAULT_ADMIN_ROLE) {
        OutputProposal storage o = _output(index);
        if (!o.challenged) revert OutputOracleNotChallenged(index);
        emit ChallengeResolved(index, outputValid);
        if (outputValid) {
            o.challenged = false;
            --openChallenges;
            if (openChallenges == 0) {
                frozenFrom = type(uint256).max;
            } else if (index == frozenFrom) {
                uint256 k = index + 1;
                while (!_outputs[k].challenged) ++k; // another open challenge exists above `index`
                frozenFrom = k;
            }
        } else {
            uint256 length = _outputs.length;
            for (uint256 k = length; k > index; --k) {
                if (_outputs[k - 1].challenged) --openChallenges;
                _outputs.pop();
            }
            if (openChallenges == 0) frozenFrom = type(uint256).max;
            emit OutputsDeleted(index, length);
        }
    }

    /// @notice Replaces the proposer.
    /// @param proposer_ New proposer.
    function setProposer(address proposer_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProposer(proposer_);
    }

    /// @notice Sets the finality delay (applies to every output not yet final).
    /// @param value Seconds, at most MAX_FINALITY_DELAY.
    function setFinalityDelay(uint64 value) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setFinalityDelay(value);
    }

    /// @notice Sets the equivocation penalty.
    /// @param slashBps_ Slash in basis points (1..5000).
    /// @param jailSec_ Jail term in seconds (>= 1).
    function setEquivocationPenalty(uint16 slashBps_, uint64 jailSec_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setEquivocationPenalty(slashBps_, jailSec_);
    }

    // ------------------------------------------------------------------ views

    /// @notice L2 block number the next output must be proposed for.
    /// @return The block number.
    function nextBlockNumber() public view returns (uint256) {
        return latestBlockNumber() + submissionInterval;
    }

    /// @notice L2 block number of the latest output (startingBlockNumber if none).
    /// @return The block number.
    function latestBlockNumber() public view returns (uint256) {
        uint256 n = _outputs.length;
        return n == 0 ? startingBlockNumber : _outputs[n - 1].l2BlockNumber;
    }

    /// @notice Number of outputs.
    /// @return The count.
    function outputCount() external view returns (uint256) {
        return _outputs.length;
    }

    /// @inheritdoc IOutputOracle
    function getOutput(uint256 index) external view returns (OutputProposal memory) {
        return _output(index);
    }

    /// @inheritdoc IOutputOracle
    function isFinalized(uint256 index) public view returns (bool) {
        if (index >= _outputs.length || index >= frozenFrom) return false;
        OutputProposal storage o = _outputs[index];
        if (o.challenged) return false;
        return o.attestedFinal || block.timestamp >= uint256(o.timestamp) + finalityDelay;
    }

    /// @notice Current stake of the active validators that attested to output `index`.
    /// @param index Output index.
    /// @return total Sum of their `validatorStake`.
    function attestedStake(uint256 index) public view returns (uint256 total) {
        address[] storage list = _attesters[_output(index).proposalId];
        for (uint256 i = 0; i < list.length; ++i) {
            total += staking.validatorStake(list[i]);
        }
    }

    /// @notice Validators that attested to output `index`.
    /// @param index Output index.
    /// @return The attesters in order.
    function attestersOf(uint256 index) external view returns (address[] memory) {
        return _attesters[_output(index).proposalId];
    }

    /// @inheritdoc IOutputOracle
    function hasAttested(uint256 index, address validator) external view returns (bool) {
        return _hasAttested[_output(index).proposalId][validator];
    }

    /// @notice The validator that challenged output `index` (zero if none).
    /// @param index Output index.
    /// @return The challenger.
    function challengerOf(uint256 index) external view returns (address) {
        return _challenger[_output(index).proposalId];
    }

    /// @notice EIP-712 digest a validator signs to attest `outputRoot` for `l2BlockNumber`.
    /// @param l2BlockNumber The L2 block.
    /// @param outputRoot The root.
    /// @return The digest.
    function attestationDigest(uint256 l2BlockNumber, bytes32 outputRoot) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(ATTESTATION_TYPEHASH, l2BlockNumber, outputRoot)));
    }

    // ------------------------------------------------------------------ internals

    function _output(uint256 index) private view returns (OutputProposal storage) {
        if (index >= _outputs.length) revert OutputOracleUnknownOutput(index);
        return _outputs[index];
    }

    function _recover(uint256 l2BlockNumber, bytes32 root, bytes calldata sig) private view returns (address) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(attestationDigest(l2BlockNumber, root), sig);
        return err == ECDSA.RecoverError.NoError ? signer : address(0);
    }

    function _setProposer(address value) private {
        if (value == address(0)) revert OutputOracleInvalidConfig("proposer");
        proposer = value;
        emit ConfigChanged("proposer", uint256(uint160(value)));
    }

    function _setFinalityDelay(uint64 value) private {
        if (value > MAX_FINALITY_DELAY) revert OutputOracleInvalidConfig("finalityDelay");
        finalityDelay = value;
        emit ConfigChanged("finalityDelay", value);
    }

    function _setEquivocationPenalty(uint16 slashBps_, uint64 jailSec_) private {
        if (slashBps_ == 0 || slashBps_ > 5000 || jailSec_ == 0) revert OutputOracleInvalidConfig("equivocation");
        equivocationSlashBps = slashBps_;
        equivocationJailSec = jailSec_;
        emit ConfigChanged("equivocationSlashBps", slashBps_);
        emit ConfigChanged("equivocationJailSec", jailSec_);
    }
}
