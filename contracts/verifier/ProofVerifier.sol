// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IParameterRegistry} from "../interfaces/IParameterRegistry.sol";

/// @title ProofVerifier: Groth16 (BN254) verification of ProverNet job proofs
/// @notice Holds a registry of verifying keys (as data, added by governance) and verifies proofs with the EIP-196/197
///         precompiles (0x06 ecAdd, 0x07 ecMul, 0x08 pairing). Every failure reverts with a custom error; a proof is
///         never reported invalid by a silent `false`. A successful `submitProof` emits `ProofVerified`, from which
///         the L2 fulfils the job (if the submitter is its assigned prover and the hashes match).
///
///         Encodings (G2 coordinates imaginary part first, as EIP-197 expects):
///         - proof = abi.encode(uint256[2] a, uint256[4] b, uint256[2] c), 256 bytes, with
///           b = [x.imag, x.real, y.imag, y.real];
///         - publicInputsHash = keccak256(abi.encodePacked(publicInputs)) (each input a 32-byte word);
///         - vkHash = keccak256(abi.encode(VerifyingKey)).
///         Proofs are not replay-protected: the L2 only honours the first valid proof of an open job by its prover, and
///         blocking replays would let anyone front-run a prover's submission.
contract ProofVerifier is Ownable {
    /// @notice Scalar field order r of BN254: every public input must be below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice Base field order q of BN254: every coordinate must be below it.
    uint256 public constant BASE_FIELD =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @notice Gas the pairing precompile needs for the four pairs of a Groth16 check (EIP-1108: 45000 + 34000 k).
    uint256 public constant PAIRING_GAS = 45_000 + 4 * 34_000;
    /// @notice Gas that must be left before the pairing call (63/64 rule plus a margin).
    uint256 public constant PAIRING_GAS_REQUIRED = (PAIRING_GAS * 64) / 63 + 5_000;
    /// @notice Most public inputs a key may have.
    uint256 public constant MAX_PUBLIC_INPUTS = 32;
    /// @notice Byte length of an encoded proof.
    uint256 public constant PROOF_LENGTH = 256;

    /// @notice A Groth16 verifying key. G2 points as [x.imag, x.real, y.imag, y.real].
    struct VerifyingKey {
        uint256[2] alpha1;
        uint256[4] beta2;
        uint256[4] gamma2;
        uint256[4] delta2;
        uint256[2][] ic;
    }

    struct StoredKey {
        VerifyingKey key;
        uint16 securityBits;
        bool exists;
    }

    /// @notice Source of `maxProofSize` and `minSecurityBits`.
    IParameterRegistry public immutable registry;

    mapping(bytes32 vkHash => StoredKey) private _keys;

    /// @notice No key has this hash.
    error ProofVerifierUnknownKey(bytes32 vkHash);
    /// @notice A key with this hash is already registered.
    error ProofVerifierKeyExists(bytes32 vkHash);
    /// @notice A key is malformed (IC count, coordinate out of field).
    error ProofVerifierInvalidKey();
    /// @notice The key's security level is below the governed minimum.
    error ProofVerifierInsufficientSecurity(uint16 securityBits, uint16 minSecurityBits);
    /// @notice The proof is longer than the governed `maxProofSize`.
    error ProofVerifierProofTooLarge(uint256 length, uint256 maxProofSize);
    /// @notice The proof is not 256 bytes or has a coordinate >= q.
    error ProofVerifierMalformedProof();
    /// @notice The number of public inputs does not match the key.
    error ProofVerifierPublicInputCountMismatch(uint256 given, uint256 expected);
    /// @notice A public input is not below the scalar field order r.
    error ProofVerifierPublicInputOutOfField(uint256 index, uint256 value);
    /// @notice An elliptic-curve precompile rejected its input (a point not on the curve).
    error ProofVerifierPrecompileFailed(address precompile);
    /// @notice Too little gas is left for the pairing check; resend with a higher gas limit (>= 300k).
    error ProofVerifierInsufficientGas(uint256 gasLeft, uint256 required);
    /// @notice The pairing check failed: the proof is not valid for this key and these public inputs.
    error ProofVerifierInvalidProof();

    /// @notice A verifying key was registered.
    /// @param vkHash The verifying key hash.
    /// @param securityBits Security level in bits.
    /// @param publicInputCount Number of public inputs.
    event KeyRegistered(bytes32 indexed vkHash, uint16 securityBits, uint256 publicInputCount);
    /// @notice A verifying key was removed.
    /// @param vkHash The verifying key hash.
    event KeyRemoved(bytes32 indexed vkHash);
    /// @notice A proof for `jobId` verified against `vkHash` with inputs hashing to `publicInputsHash`.
    /// @param jobId The job.
    /// @param prover The prover.
    /// @param vkHash The verifying key hash.
    /// @param publicInputsHash keccak256(abi.encodePacked(publicInputs)).
    event ProofVerified(uint256 indexed jobId, address indexed prover, bytes32 indexed vkHash, bytes32 publicInputsHash);

    /// @notice Creates the verifier.
    /// @param registry_ The ParameterRegistry.
    /// @param owner_ Key administrator (the timelock; the deploy script registers genesis keys first, then hands over).
    constructor(IParameterRegistry registry_, address owner_) Ownable(owner_) {
        registry = registry_;
    }

    /// @notice Registers a verifying key.
    /// @param key The key.
    /// @param securityBits Its security level in bits (at least the governed minimum).
    /// @return vkHash keccak256(abi.encode(key)).
    function registerKey(VerifyingKey calldata key, uint16 securityBits) external onlyOwner returns (bytes32 vkHash) {
        uint256 n = key.ic.length;
        if (n == 0 || n > MAX_PUBLIC_INPUTS + 1) revert ProofVerifierInvalidKey();
        _checkCoordinates(key.alpha1[0], key.alpha1[1]);
        for (uint256 i = 0; i < 4; i += 2) {
            _checkCoordinates(key.beta2[i], key.beta2[i + 1]);
            _checkCoordinates(key.gamma2[i], key.gamma2[i + 1]);
            _checkCoordinates(key.delta2[i], key.delta2[i + 1]);
        }
        for (uint256 i = 0; i < n; ++i) {
            _checkCoordinates(key.ic[i][0], key.ic[i][1]);
        }
        uint16 minBits = registry.minSecurityBits();
        if (securityBits < minBits) revert ProofVerifierInsufficientSecurity(securityBits, minBits);
        vkHash = keccak256(abi.encode(key));
        if (_keys[vkHash].exists) revert ProofVerifierKeyExists(vkHash);
        StoredKey storage s = _keys[vkHash];
        s.key = key;
        s.securityBits = securityBits;
        s.exists = true;
        emit KeyRegistered(vkHash, securityBits, n - 1);
    }

    /// @notice Removes a verifying key; proofs against it are rejected from now on.
    /// @param vkHash The key's hash.
    function removeKey(bytes32 vkHash) external onlyOwner {
        if (!_keys[vkHash].exists) revert ProofVerifierUnknownKey(vkHash);
        delete _keys[vkHash];
        emit KeyRemoved(vkHash);
    }

    /// @notice Verifies a proof for `jobId` and emits `ProofVerified`; reverts with a custom error otherwise.
    ///         Send with a gas limit of at least 300k: `eth_estimateGas` can under-estimate the pairing call.
    /// @param jobId The L2 job the proof is for.
    /// @param vkHash The registered key.
    /// @param proof abi.encode(uint256[2] a, uint256[4] b, uint256[2] c).
    /// @param publicInputs The public inputs, each below r.
    /// @return publicInputsHash keccak256(abi.encodePacked(publicInputs)).
    function submitProof(uint256 jobId, bytes32 vkHash, bytes calldata proof, uint256[] calldata publicInputs)
        external
        returns (bytes32 publicInputsHash)
    {
        publicInputsHash = _verify(vkHash, proof, publicInputs);
        emit ProofVerified(jobId, msg.sender, vkHash, publicInputsHash);
    }

    /// @notice Same checks as `submitProof` without the event: returns only for a valid proof.
    /// @param vkHash The registered key.
    /// @param proof The encoded proof.
    /// @param publicInputs The public inputs.
    /// @return publicInputsHash keccak256(abi.encodePacked(publicInputs)).
    function verifyProof(bytes32 vkHash, bytes calldata proof, uint256[] calldata publicInputs)
        external
        view
        returns (bytes32 publicInputsHash)
    {
        return _verify(vkHash, proof, publicInputs);
    }

    /// @notice A registered key.
    /// @param vkHash The key's hash.
    /// @return key The key.
    /// @return securityBits Its security level.
    function getKey(bytes32 vkHash) external view returns (VerifyingKey memory key, uint16 securityBits) {
        StoredKey storage s = _keys[vkHash];
        if (!s.exists) revert ProofVerifierUnknownKey(vkHash);
        return (s.key, s.securityBits);
    }

    /// @notice Whether a key is registered.
    /// @param vkHash The key's hash.
    /// @return True if registered.
    function isRegistered(bytes32 vkHash) external view returns (bool) {
        return _keys[vkHash].exists;
    }

    // ------------------------------------------------------------------ internals

    function _verify(bytes32 vkHash, bytes calldata proof, uint256[] calldata inputs) private view returns (bytes32) {
        uint256 maxSize = registry.maxProofSize();
        if (proof.length > maxSize) revert ProofVerifierProofTooLarge(proof.length, maxSize);
        if (proof.length != PROOF_LENGTH) revert ProofVerifierMalformedProof();
        StoredKey storage s = _keys[vkHash];
        if (!s.exists) revert ProofVerifierUnknownKey(vkHash);
        uint16 minBits = registry.minSecurityBits();
        if (s.securityBits < minBits) revert ProofVerifierInsufficientSecurity(s.securityBits, minBits);
        VerifyingKey storage vk = s.key;
        if (inputs.length + 1 != vk.ic.length) revert ProofVerifierPublicInputCountMismatch(inputs.length, vk.ic.length - 1);

        (uint256[2] memory a, uint256[4] memory b, uint256[2] memory c) =
            abi.decode(proof, (uint256[2], uint256[4], uint256[2]));
        for (uint256 i = 0; i < 2; ++i) {
            if (a[i] >= BASE_FIELD || c[i] >= BASE_FIELD) revert ProofVerifierMalformedProof();
        }
        for (uint256 i = 0; i < 4; ++i) {
            if (b[i] >= BASE_FIELD) revert ProofVerifierMalformedProof();
        }

        // vk_x = IC[0] + sum(inputs[i] * IC[i + 1])
        uint256[2] memory vkX = [vk.ic[0][0], vk.ic[0][1]];
        for (uint256 i = 0; i < inputs.length; ++i) {
            if (inputs[i] >= SNARK_SCALAR_FIELD) revert ProofVerifierPublicInputOutOfField(i, inputs[i]);
            if (inputs[i] != 0) {
                vkX = _ecAdd(vkX, _ecMul([vk.ic[i + 1][0], vk.ic[i + 1][1]], inputs[i]));
            }
        }

        // e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1
        uint256[24] memory input;
        input[0] = a[0];
        input[1] = a[1] == 0 ? 0 : BASE_FIELD - a[1];
        input[2] = b[0];
        input[3] = b[1];
        input[4] = b[2];
        input[5] = b[3];
        input[6] = vk.alpha1[0];
        input[7] = vk.alpha1[1];
        input[8] = vk.beta2[0];
        input[9] = vk.beta2[1];
        input[10] = vk.beta2[2];
        input[11] = vk.beta2[3];
        input[12] = vkX[0];
        input[13] = vkX[1];
        input[14] = vk.gamma2[0];
        input[15] = vk.gamma2[1];
        input[16] = vk.gamma2[2];
        input[17] = vk.gamma2[3];
        input[18] = c[0];
        input[19] = c[1];
        input[20] = vk.delta2[0];
        input[21] = vk.delta2[1];
        input[22] = vk.delta2[2];
        input[23] = vk.delta2[3];

        // A pairing call that runs out of gas returns failure like an invalid input; check the gas first so that a
        // too-low gas limit is reported as such, never as an invalid proof.
        uint256 left = gasleft();
        if (left < PAIRING_GAS_REQUIRED) revert ProofVerifierInsufficientGas(left, PAIRING_GAS_REQUIRED);
        uint256[1] memory out;
        bool ok;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            ok := staticcall(PAIRING_GAS, 0x08, input, 768, out, 0x20)
        }
        if (!ok) revert ProofVerifierPrecompileFailed(address(0x08));
        if (out[0] != 1) revert ProofVerifierInvalidProof();
        return keccak256(abi.encodePacked(inputs));
    }

    function _ecAdd(uint256[2] memory p, uint256[2] memory q) private view returns (uint256[2] memory r) {
        uint256[4] memory input = [p[0], p[1], q[0], q[1]];
        bool ok;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        if (!ok) revert ProofVerifierPrecompileFailed(address(0x06));
    }

    function _ecMul(uint256[2] memory p, uint256 s) private view returns (uint256[2] memory r) {
        uint256[3] memory input = [p[0], p[1], s];
        bool ok;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, input, 0x60, r, 0x40)
        }
        if (!ok) revert ProofVerifierPrecompileFailed(address(0x07));
    }

    function _checkCoordinates(uint256 x, uint256 y) private pure {
        if (x >= BASE_FIELD || y >= BASE_FIELD) revert ProofVerifierInvalidKey();
    }
}
