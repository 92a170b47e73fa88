// Conversions between snarkjs (Groth16, bn128) JSON and the ProofVerifier's on-chain encodings.
// G2 points go imaginary part first (EIP-197): [x.imag, x.real, y.imag, y.real].
const path = require("path");
const fs = require("fs");
const { AbiCoder } = require("ethers");

const CIRCUITS_BUILD = path.join(__dirname, "..", "..", "circuits", "build");

const g1 = (p) => [BigInt(p[0]), BigInt(p[1])];
const g2 = (p) => [BigInt(p[0][1]), BigInt(p[0][0]), BigInt(p[1][1]), BigInt(p[1][0])];

/** The ProofVerifier.VerifyingKey struct of a snarkjs verification_key.json. */
function vkToStruct(vk) {
  if (vk.protocol !== "groth16" || vk.curve !== "bn128") throw new Error("not a groth16/bn128 key");
  return {
    alpha1: g1(vk.vk_alpha_1),
    beta2: g2(vk.vk_beta_2),
    gamma2: g2(vk.vk_gamma_2),
    delta2: g2(vk.vk_delta_2),
    ic: vk.IC.map(g1),
  };
}

const KEY_TYPE = "tuple(uint256[2] alpha1, uint256[4] beta2, uint256[4] gamma2, uint256[4] delta2, uint256[2][] ic)";

/** vkHash = keccak256(abi.encode(VerifyingKey)), as ProofVerifier computes it. */
function vkHash(vkStruct) {
  const { keccak256 } = require("ethers");
  return keccak256(AbiCoder.defaultAbiCoder().encode([KEY_TYPE], [vkStruct]));
}

/** The 256-byte proof encoding: abi.encode(uint256[2] a, uint256[4] b, uint256[2] c). */
function proofToBytes(proof) {
  return AbiCoder.defaultAbiCoder().encode(
    ["uint256[2]", "uint256[4]", "uint256[2]"],
    [g1(proof.pi_a), g2(proof.pi_b), g1(proof.pi_c)],
  );
}

/** Paths and verifying key of a circuit committed under contracts/circuits/build/<name>/. */
function circuit(name) {
  const dir = path.join(CIRCUITS_BUILD, name);
  return {
    name,
    wasm: path.join(dir, `${name}.wasm`),
    zkey: path.join(dir, `${name}_final.zkey`),
    vk: JSON.parse(fs.readFileSync(path.join(dir, "verification_key.json"), "utf8")),
  };
}

/** Names of all committed circuits. */
function circuitNames() {
  if (!fs.existsSync(CIRCUITS_BUILD)) return [];
  return fs.readdirSync(CIRCUITS_BUILD).filter((d) => fs.existsSync(path.join(CIRCUITS_BUILD, d, "verification_key.json"))).sort();
}

/** Proves `input` with snarkjs (JS API); returns { proof, publicSignals, proofBytes, publicInputs }. */
async function prove(name, input) {
  const snarkjs = require("snarkjs");
  const c = circuit(name);
  const { proof, publicSignals } = await snarkjs.groth16.fullProve(input, c.wasm, c.zkey);
  return { proof, publicSignals, proofBytes: proofToBytes(proof), publicInputs: publicSignals.map(BigInt) };
}

module.exports = { vkToStruct, vkHash, proofToBytes, circuit, circuitNames, prove, KEY_TYPE };
