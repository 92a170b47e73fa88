// Shared test helpers: deployment fixture, Merkle trees of L2→L1 messages, output roots.
const { ethers } = require("hardhat");
const { deploy, DEFAULT_GENESIS } = require("../scripts/deploy");

const BREV = (n) => ethers.parseEther(String(n));
const coder = ethers.AbiCoder.defaultAbiCoder();
const ZERO32 = ethers.ZeroHash;

/** The whole system as the deploy script builds it from genesis/devnet (nothing written to disk). */
async function deployedSystem() {
  return deploy(require("hardhat"), DEFAULT_GENESIS, { out: false });
}

/** leaf = keccak256(bytes.concat(keccak256(abi.encode(nonce, kind, target, amount, data)))) */
function messageLeaf(m) {
  const inner = ethers.keccak256(
    coder.encode(["uint256", "uint8", "address", "uint256", "bytes"], [m.nonce, m.kind, m.target, m.amount, m.data]),
  );
  return ethers.keccak256(inner);
}

const hashPair = (a, b) => (BigInt(a) < BigInt(b) ? ethers.keccak256(ethers.concat([a, b])) : ethers.keccak256(ethers.concat([b, a])));

/**
 * Messages tree as documented in contracts/README.md: leaves in nonce order; each level pairs neighbours
 * (parent = keccak256 of the two children sorted ascending); an odd last node moves up unchanged.
 */
function buildTree(leaves) {
  if (leaves.length === 0) throw new Error("empty tree");
  const levels = [leaves.slice()];
  while (levels[levels.length - 1].length > 1) {
    const cur = levels[levels.length - 1];
    const next = [];
    for (let i = 0; i < cur.length; i += 2) next.push(i + 1 < cur.length ? hashPair(cur[i], cur[i + 1]) : cur[i]);
    levels.push(next);
  }
  const root = levels[levels.length - 1][0];
  const proof = (index) => {
    const out = [];
    let i = index;
    for (let l = 0; l < levels.length - 1; ++l) {
      const sibling = i ^ 1;
      if (sibling < levels[l].length) out.push(levels[l][sibling]);
      i >>= 1;
    }
    return out;
  };
  return { root, proof };
}

function outputRoot(p) {
  return ethers.keccak256(ethers.concat([p.version, p.stateRoot, p.messagesRoot, p.l2BlockHash]));
}

/** An output-root preimage committing to `messages`, with its tree. */
function outputFor(messages, salt = "0x01") {
  const tree = buildTree(messages.map(messageLeaf));
  const rootProof = {
    version: ZERO32,
    stateRoot: ethers.keccak256(ethers.toUtf8Bytes(`state-${salt}`)),
    messagesRoot: tree.root,
    l2BlockHash: ethers.keccak256(ethers.toUtf8Bytes(`block-${salt}`)),
  };
  return { tree, rootProof, outputRoot: outputRoot(rootProof) };
}

module.exports = { BREV, coder, ZERO32, deployedSystem, messageLeaf, buildTree, outputRoot, outputFor };

/** A signer acting as `address` (impersonated, funded): used to act as the timelock in unit tests. */
async function impersonate(address) {
  const { impersonateAccount, setBalance } = require("@nomicfoundation/hardhat-network-helpers");
  await impersonateAccount(address);
  await setBalance(address, ethers.parseEther("100"));
  return ethers.getSigner(address);
}

module.exports.impersonate = impersonate;
