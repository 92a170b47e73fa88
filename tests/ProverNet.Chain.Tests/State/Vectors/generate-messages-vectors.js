// Generates messages-tree-vectors.json from the reference implementation the contract tests use
// (contracts/test/helpers.js: messageLeaf, buildTree). Run from the repository root:
//   node tests/ProverNet.Chain.Tests/State/Vectors/generate-messages-vectors.js > tests/ProverNet.Chain.Tests/State/Vectors/messages-tree-vectors.json
// Each proof is also checked here with a transliteration of OpenZeppelin MerkleProof.processProof (sorted pairs).
const { ethers } = require("hardhat");
const { messageLeaf, buildTree } = require("../../../../contracts/test/helpers.js");

const target = (i) => ethers.getAddress("0x" + ethers.keccak256(ethers.toUtf8Bytes(`target-${i}`)).slice(26));
const jobId = (i) => ethers.AbiCoder.defaultAbiCoder().encode(["bytes32"], [ethers.keccak256(ethers.toUtf8Bytes(`job-${i}`))]);
const message = (nonce, i) => {
  const kind = i % 3;
  // Slash carries abi.encode(bytes32 jobId); one odd-length payload checks the ABI padding of dynamic bytes.
  const data = kind === 1 ? jobId(i) : i === 4 ? "0x" + "ab".repeat(45) : "0x";
  const amount = (BigInt(i + 1) * 10n ** 18n + BigInt(i) * 123456789n) * (i === 6 ? 2n ** 60n : 1n);
  return { nonce: BigInt(nonce), kind, target: target(i), amount, data };
};

const processProof = (proof, leaf) =>
  proof.reduce((h, p) => (BigInt(h) < BigInt(p) ? ethers.keccak256(ethers.concat([h, p])) : ethers.keccak256(ethers.concat([p, h]))), leaf);

const nonces = [0n, 1n, 2n, 3n, 7n, 8n, 9n, 100n, 101n];
const cases = [1, 2, 3, 4, 5, 7, 8, 9].map((count) => {
  const messages = nonces.slice(0, count).map((n, i) => message(n, i));
  const leaves = messages.map(messageLeaf);
  const tree = buildTree(leaves);
  const proofs = leaves.map((_, i) => tree.proof(i));
  proofs.forEach((proof, i) => {
    if (processProof(proof, leaves[i]) !== tree.root) throw new Error(`proof ${i} of ${count} does not verify`);
  });
  return {
    messages: messages.map((m) => ({
      nonce: m.nonce.toString(),
      kind: m.kind,
      target: m.target,
      amount: m.amount.toString(),
      data: m.data,
    })),
    leaves,
    root: tree.root,
    proofs,
  };
});

process.stdout.write(JSON.stringify({ source: "contracts/test/helpers.js messageLeaf/buildTree", cases }, null, 2) + "\n");
