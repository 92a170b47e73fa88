// Measures the gas of the hot paths (table in contracts/README.md) and guards against regressions.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-network-helpers");
const { BREV, deployedSystem, outputFor, ZERO32 } = require("../helpers");
const groth16 = require("../../scripts/lib/groth16");

// Deterministic incompressible-looking bytes (few zero bytes), so the figures do not move between runs.
const filler = (n) => ethers.concat(Array.from({ length: Math.ceil(n / 32) }, (_, i) => ethers.id(`batch-${i}`))).slice(0, 2 + 2 * n);

describe("gas of the hot paths", function () {
  it("stays within budget", async function () {
    const { contracts, devKeys, genesis } = await deployedSystem();
    const { token, bridge, inbox, oracle, verifier } = contracts;
    const signers = await ethers.getSigners();
    const prover = signers[1];
    const sequencer = await ethers.getSigner(genesis.rollup.batcher); // posts batches and proposes outputs
    const user = signers[5];
    const gas = {};
    const used = async (label, txPromise) => {
      const r = await (await txPromise).wait();
      gas[label] = Number(r.gasUsed);
    };

    await token.connect(user).approve(await bridge.getAddress(), ethers.MaxUint256);
    await bridge.connect(user).deposit(BREV(1), user.address); // first deposit ever (nonce slot 0 → 1)
    await used("RollupBridge.deposit", bridge.connect(user).deposit(BREV(1000), user.address));

    await inbox.connect(sequencer).submitBatch(filler(32));
    await used("BatchInbox.submitBatch (1 KiB)", inbox.connect(sequencer).submitBatch(filler(1024)));
    await used("BatchInbox.submitBatch (16 KiB)", inbox.connect(sequencer).submitBatch(filler(16 * 1024)));

    const messages = Array.from({ length: 16 }, (_, i) => ({
      nonce: BigInt(i), kind: 0, target: signers[6 + (i % 3)].address, amount: BREV(1), data: "0x",
    }));
    const out = outputFor(messages);
    await oracle.connect(sequencer).proposeOutput(10, ethers.id("first"), ZERO32, 0);
    await used("OutputOracle.proposeOutput", oracle.connect(sequencer).proposeOutput(20, out.outputRoot, ZERO32, 0));

    const { proofBytes, publicInputs } = await groth16.prove("multiplier", { a: 7, b: 6 });
    await used("ProofVerifier.submitProof (2 public inputs)",
      verifier.connect(prover).submitProof(1, devKeys.multiplier, proofBytes, publicInputs, { gasLimit: 500_000 }));

    await time.increase(60);
    await bridge.relayMessage(messages[0], 1, out.rootProof, out.tree.proof(0));
    await used("RollupBridge.relayMessage (withdrawal, 16-leaf tree)",
      bridge.relayMessage(messages[1], 1, out.rootProof, out.tree.proof(1)));

    console.log("\n      | operation | gas used |\n      |---|---:|");
    for (const [k, v] of Object.entries(gas)) console.log(`      | ${k} | ${v.toLocaleString("en-US")} |`);

    expect(gas["RollupBridge.deposit"]).to.be.below(80_000);
    expect(gas["BatchInbox.submitBatch (1 KiB)"]).to.be.below(80_000);
    expect(gas["OutputOracle.proposeOutput"]).to.be.below(120_000);
    expect(gas["ProofVerifier.submitProof (2 public inputs)"]).to.be.below(350_000);
    expect(gas["RollupBridge.relayMessage (withdrawal, 16-leaf tree)"]).to.be.below(120_000);
  });
});
