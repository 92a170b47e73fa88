const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const { deployedSystem, impersonate } = require("../helpers");
const groth16 = require("../../scripts/lib/groth16");

const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
const coder = ethers.AbiCoder.defaultAbiCoder();
const decodeProof = (bytes) => coder.decode(["uint256[2]", "uint256[4]", "uint256[2]"], bytes).map((x) => x.toArray());
const encodeProof = (a, b, c) => coder.encode(["uint256[2]", "uint256[4]", "uint256[2]"], [a, b, c]);
const inputsHash = (inputs) => ethers.solidityPackedKeccak256(inputs.map(() => "uint256"), inputs);

describe("ProofVerifier", function () {
  let mul, range; // fresh proofs, made once (snarkjs, about 1 s)

  before(async function () {
    mul = await groth16.prove("multiplier", { a: 3, b: 11 });
    range = await groth16.prove("range_check", { x: 5, bound: 100 });
  });

  async function fixture() {
    const system = await deployedSystem();
    const timelock = await impersonate(system.addresses.BrevTimelock);
    const [, prover, other] = await ethers.getSigners();
    return { ...system, verifier: system.contracts.verifier, registry: system.contracts.registry, timelock, prover, other };
  }

  it("has the circuits' keys registered by the deploy script", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    expect(mul.publicInputs).to.deep.equal([33n, 11n]);
    expect(range.publicInputs).to.deep.equal([25n, 100n]);
    for (const name of ["multiplier", "range_check"]) {
      expect(await verifier.isRegistered(devKeys[name])).to.equal(true);
      const [key, bits] = await verifier.getKey(devKeys[name]);
      expect(bits).to.equal(100n);
      expect(key.ic.length).to.equal(3);
    }
  });

  it("accepts a valid proof and emits ProofVerified", async function () {
    const { verifier, devKeys, prover } = await loadFixture(fixture);
    const h = inputsHash(mul.publicInputs);
    await expect(verifier.connect(prover).submitProof(42, devKeys.multiplier, mul.proofBytes, mul.publicInputs, { gasLimit: 500_000 }))
      .to.emit(verifier, "ProofVerified").withArgs(42, prover.address, devKeys.multiplier, h);
    expect(await verifier.verifyProof(devKeys.multiplier, mul.proofBytes, mul.publicInputs)).to.equal(h);
    await expect(verifier.submitProof(43, devKeys.range_check, range.proofBytes, range.publicInputs, { gasLimit: 500_000 }))
      .to.emit(verifier, "ProofVerified");
  });

  it("rejects a tampered proof", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    const [a, b, c] = decodeProof(mul.proofBytes);
    const negA = encodeProof([a[0], Q - a[1]], b, c); // still a curve point, wrong proof
    await expect(verifier.submitProof(1, devKeys.multiplier, negA, mul.publicInputs, { gasLimit: 500_000 }))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidProof");
    const swapped = encodeProof(c, b, a);
    await expect(verifier.verifyProof(devKeys.multiplier, swapped, mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidProof");
  });

  it("rejects a wrong public input", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    await expect(verifier.submitProof(1, devKeys.multiplier, mul.proofBytes, [34n, 11n], { gasLimit: 500_000 }))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidProof");
  });

  it("rejects a public input >= r", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    await expect(verifier.submitProof(1, devKeys.multiplier, mul.proofBytes, [33n + R, 11n], { gasLimit: 500_000 }))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierPublicInputOutOfField").withArgs(0, 33n + R);
  });

  it("rejects a proof checked against another circuit's key", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    await expect(verifier.submitProof(1, devKeys.range_check, mul.proofBytes, mul.publicInputs, { gasLimit: 500_000 }))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidProof");
  });

  it("rejects an unregistered key", async function () {
    const { verifier } = await loadFixture(fixture);
    const unknown = ethers.id("no such key");
    await expect(verifier.submitProof(1, unknown, mul.proofBytes, mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierUnknownKey").withArgs(unknown);
    await expect(verifier.getKey(unknown)).to.be.revertedWithCustomError(verifier, "ProofVerifierUnknownKey");
  });

  it("rejects malformed, oversized and off-curve proofs and a wrong input count", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    const k = devKeys.multiplier;
    await expect(verifier.verifyProof(k, ethers.dataSlice(mul.proofBytes, 0, 255), mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierMalformedProof");
    await expect(verifier.verifyProof(k, ethers.concat([mul.proofBytes, new Uint8Array(4096 - 255)]), mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierProofTooLarge").withArgs(4097, 4096);
    const [a, b, c] = decodeProof(mul.proofBytes);
    await expect(verifier.verifyProof(k, encodeProof([Q, a[1]], b, c), mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierMalformedProof");
    await expect(verifier.verifyProof(k, encodeProof(a, [b[0], b[1], b[2], Q], c), mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierMalformedProof");
    await expect(verifier.verifyProof(k, encodeProof([1n, 3n], b, c), mul.publicInputs))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierPrecompileFailed").withArgs("0x0000000000000000000000000000000000000008");
    await expect(verifier.verifyProof(k, mul.proofBytes, [33n]))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierPublicInputCountMismatch").withArgs(1, 2);
  });

  it("reverts clearly when the gas limit is too low for the pairing", async function () {
    const { verifier, devKeys } = await loadFixture(fixture);
    await expect(verifier.submitProof(1, devKeys.multiplier, mul.proofBytes, mul.publicInputs, { gasLimit: 150_000 }))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInsufficientGas");
  });

  it("enforces minSecurityBits at registration and at submission", async function () {
    const { registry, timelock, prover } = await loadFixture(fixture);
    const v2 = await (await ethers.getContractFactory("ProofVerifier")).deploy(await registry.getAddress(), prover.address);
    const key = groth16.vkToStruct(groth16.circuit("multiplier").vk);
    await expect(v2.connect(prover).registerKey(key, 95))
      .to.be.revertedWithCustomError(v2, "ProofVerifierInsufficientSecurity").withArgs(95, 96);
    await v2.connect(prover).registerKey(key, 96);
    await registry.connect(timelock).setMinSecurityBits(100);
    await expect(v2.verifyProof(groth16.vkHash(key), mul.proofBytes, mul.publicInputs))
      .to.be.revertedWithCustomError(v2, "ProofVerifierInsufficientSecurity").withArgs(96, 100);
  });

  it("manages keys: owner only, no duplicates, well-formed", async function () {
    const { verifier, devKeys, timelock, other } = await loadFixture(fixture);
    const key = groth16.vkToStruct(groth16.circuit("multiplier").vk);
    await expect(verifier.connect(other).registerKey(key, 100))
      .to.be.revertedWithCustomError(verifier, "OwnableUnauthorizedAccount").withArgs(other.address);
    await expect(verifier.connect(other).removeKey(devKeys.multiplier))
      .to.be.revertedWithCustomError(verifier, "OwnableUnauthorizedAccount");
    await expect(verifier.connect(timelock).registerKey(key, 100))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierKeyExists").withArgs(devKeys.multiplier);
    await expect(verifier.connect(timelock).registerKey({ ...key, ic: [] }, 100))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidKey");
    await expect(verifier.connect(timelock).registerKey({ ...key, alpha1: [Q, 1n] }, 100))
      .to.be.revertedWithCustomError(verifier, "ProofVerifierInvalidKey");
    await expect(verifier.connect(timelock).removeKey(devKeys.multiplier)).to.emit(verifier, "KeyRemoved").withArgs(devKeys.multiplier);
    await expect(verifier.connect(timelock).removeKey(devKeys.multiplier)).to.be.revertedWithCustomError(verifier, "ProofVerifierUnknownKey");
    await expect(verifier.connect(timelock).registerKey(key, 100))
      .to.emit(verifier, "KeyRegistered").withArgs(devKeys.multiplier, 100, 2);
  });
});
