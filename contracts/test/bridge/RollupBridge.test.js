const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { BREV, coder, deployedSystem, impersonate, outputFor, messageLeaf, ZERO32 } = require("../helpers");

const Kind = { Withdraw: 0, Slash: 1, AddRewards: 2 };

describe("RollupBridge", function () {
  async function fixture() {
    const system = await deployedSystem();
    const signers = await ethers.getSigners();
    const [sequencer, p1, p2] = signers;
    const [alice, bob, other] = [signers[5], signers[6], signers[8]];
    const proposer = await ethers.getSigner(system.genesis.rollup.batcher);
    const { token, bridge, oracle, staking } = system.contracts;
    await token.connect(alice).approve(await bridge.getAddress(), ethers.MaxUint256);
    await bridge.connect(alice).deposit(BREV(10_000), alice.address);
    const jobId = ethers.zeroPadValue("0x07", 32);
    const messages = [
      { nonce: 0n, kind: Kind.Withdraw, target: bob.address, amount: BREV(500), data: "0x" },
      { nonce: 1n, kind: Kind.Slash, target: p1.address, amount: BREV(1_000), data: jobId },
      { nonce: 2n, kind: Kind.AddRewards, target: p2.address, amount: BREV(100), data: "0x" },
      { nonce: 3n, kind: 7, target: bob.address, amount: 1n, data: "0x" },
      { nonce: 4n, kind: Kind.Slash, target: p1.address, amount: 1n, data: "0x" },
      { nonce: 5n, kind: Kind.Withdraw, target: ethers.ZeroAddress, amount: 1n, data: "0x" },
      { nonce: 6n, kind: Kind.AddRewards, target: p2.address, amount: 1n, data: "0x01" },
      { nonce: 7n, kind: Kind.Withdraw, target: bob.address, amount: 1n, data: "0x01" },
    ];
    const out = outputFor(messages);
    await oracle.connect(proposer).proposeOutput(10, out.outputRoot, ZERO32, 0);
    const timelock = await impersonate(system.addresses.BrevTimelock);
    return { ...system, token, bridge, oracle, staking, sequencer, p1, p2, alice, bob, other, messages, out, jobId, timelock };
  }

  const relay = (f, i, index = 0, signer = f.other) =>
    f.bridge.connect(signer).relayMessage(f.messages[i], index, f.out.rootProof, f.out.tree.proof(i));

  describe("deposit", function () {
    it("locks BREV and emits DepositInitiated with increasing nonces", async function () {
      const { bridge, token, alice, bob } = await loadFixture(fixture);
      const before = await token.balanceOf(await bridge.getAddress());
      await expect(bridge.connect(alice).deposit(BREV(1), bob.address))
        .to.emit(bridge, "DepositInitiated").withArgs(1, alice.address, bob.address, BREV(1));
      expect(await token.balanceOf(await bridge.getAddress())).to.equal(before + BREV(1));
      expect(await bridge.depositNonce()).to.equal(2n);
    });

    it("rejects zero amounts and recipients", async function () {
      const { bridge, alice } = await loadFixture(fixture);
      await expect(bridge.connect(alice).deposit(0, alice.address)).to.be.revertedWithCustomError(bridge, "RollupBridgeZeroAmount");
      await expect(bridge.connect(alice).deposit(1, ethers.ZeroAddress)).to.be.revertedWithCustomError(bridge, "RollupBridgeZeroAddress");
    });
  });

  describe("relayMessage", function () {
    it("relays a withdrawal, a slash and rewards against a finalized output, each once", async function () {
      const f = await loadFixture(fixture);
      const { bridge, token, staking, bob, p1, p2, messages } = f;
      await expect(relay(f, 0)).to.be.revertedWithCustomError(bridge, "RollupBridgeOutputNotFinalized").withArgs(0);
      await time.increase(60);

      await expect(relay(f, 0)).to.emit(bridge, "MessageRelayed").withArgs(0, Kind.Withdraw, bob.address, BREV(500), messageLeaf(messages[0]));
      expect(await token.balanceOf(bob.address)).to.equal(BREV(1_000_000) + BREV(500));
      await expect(relay(f, 0)).to.be.revertedWithCustomError(bridge, "RollupBridgeAlreadyRelayed").withArgs(0);
      expect(await bridge.isRelayed(0)).to.equal(true);

      const total = (await staking.getProver(p1.address)).vaultAssets;
      await expect(relay(f, 1)).to.emit(staking, "Slashed").withArgs(p1.address, BREV(1_000), 0, f.jobId);
      expect((await staking.getProver(p1.address)).vaultAssets).to.equal(total - BREV(1_000));

      const p2Before = await token.balanceOf(p2.address);
      await expect(relay(f, 2)).to.emit(staking, "RewardsAdded").withArgs(p2.address, BREV(100), BREV(10));
      expect(await token.balanceOf(p2.address)).to.equal(p2Before + BREV(10));
      expect(await token.allowance(await bridge.getAddress(), await staking.getAddress())).to.equal(0n);
    });

    it("rejects unknown kinds and malformed data", async function () {
      const f = await loadFixture(fixture);
      await time.increase(60);
      await expect(relay(f, 3)).to.be.revertedWithCustomError(f.bridge, "RollupBridgeInvalidMessage").withArgs(7);
      await expect(relay(f, 4)).to.be.revertedWithCustomError(f.bridge, "RollupBridgeInvalidMessage").withArgs(Kind.Slash);
      await expect(relay(f, 5)).to.be.revertedWithCustomError(f.bridge, "RollupBridgeZeroAddress");
      await expect(relay(f, 6)).to.be.revertedWithCustomError(f.bridge, "RollupBridgeInvalidMessage").withArgs(Kind.AddRewards);
      await expect(relay(f, 7)).to.be.revertedWithCustomError(f.bridge, "RollupBridgeInvalidMessage").withArgs(Kind.Withdraw);
    });

    it("rejects a wrong output preimage, a wrong Merkle proof, and a message not in the tree", async function () {
      const f = await loadFixture(fixture);
      const { bridge, messages, out, other } = f;
      await time.increase(60);
      const badPreimage = { ...out.rootProof, stateRoot: ethers.id("other state") };
      await expect(bridge.relayMessage(messages[0], 0, badPreimage, out.tree.proof(0)))
        .to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidOutputRootProof");
      await expect(bridge.relayMessage(messages[0], 0, { ...out.rootProof, version: ethers.zeroPadValue("0x01", 32) }, out.tree.proof(0)))
        .to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidOutputRootProof");
      await expect(bridge.relayMessage(messages[0], 0, out.rootProof, out.tree.proof(1)))
        .to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidMerkleProof");
      const forged = { ...messages[0], target: other.address };
      await expect(bridge.relayMessage(forged, 0, out.rootProof, out.tree.proof(0)))
        .to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidMerkleProof");
      await expect(bridge.relayMessage(messages[0], 5, out.rootProof, out.tree.proof(0)))
        .to.be.revertedWithCustomError(bridge, "RollupBridgeOutputNotFinalized");
    });

    it("computes the documented leaf and output root", async function () {
      const { bridge, messages, out } = await loadFixture(fixture);
      const m = messages[1];
      const expected = ethers.keccak256(ethers.keccak256(coder.encode(["uint256", "uint8", "address", "uint256", "bytes"], [m.nonce, m.kind, m.target, m.amount, m.data])));
      expect(await bridge.messageLeaf(m)).to.equal(expected);
      expect(await bridge.outputRoot(out.rootProof)).to.equal(out.outputRoot);
    });
  });

  describe("pause and exit window", function () {
    it("lets the guardian pause for at most maxPauseDuration, then guarantees an exit window", async function () {
      const f = await loadFixture(fixture);
      const { bridge, alice, sequencer: guardian, timelock, other } = f;
      await time.increase(60);
      await expect(bridge.connect(other).pause()).to.be.revertedWithCustomError(bridge, "AccessControlUnauthorizedAccount");
      await expect(bridge.connect(guardian).unpause()).to.be.revertedWithCustomError(bridge, "RollupBridgeNotPaused");
      await expect(bridge.connect(guardian).pause()).to.emit(bridge, "BridgePaused");
      expect(await bridge.paused()).to.equal(true);
      await expect(bridge.connect(guardian).pause()).to.be.revertedWithCustomError(bridge, "RollupBridgePaused");
      await expect(bridge.connect(alice).deposit(1, alice.address)).to.be.revertedWithCustomError(bridge, "RollupBridgePaused");
      await expect(relay(f, 0)).to.be.revertedWithCustomError(bridge, "RollupBridgePaused");
      await expect(bridge.connect(other).unpause()).to.be.revertedWithCustomError(bridge, "AccessControlUnauthorizedAccount");

      await time.increase(3 * 24 * 3600); // the pause expires by itself
      expect(await bridge.paused()).to.equal(false);
      await expect(bridge.connect(guardian).pause()).to.be.revertedWithCustomError(bridge, "RollupBridgeExitWindowActive");
      await expect(relay(f, 0)).to.emit(bridge, "MessageRelayed");

      await time.increase(7 * 24 * 3600);
      await bridge.connect(guardian).pause();
      await expect(bridge.connect(timelock).unpause()).to.emit(bridge, "BridgeUnpaused").withArgs(timelock.address);
      await expect(bridge.connect(guardian).pause()).to.be.revertedWithCustomError(bridge, "RollupBridgeExitWindowActive");
    });

    it("lets only governance change the pause limits, within bounds", async function () {
      const { bridge, timelock, other } = await loadFixture(fixture);
      await expect(bridge.connect(other).setPauseConfig(1, 86400)).to.be.revertedWithCustomError(bridge, "AccessControlUnauthorizedAccount");
      await expect(bridge.connect(timelock).setPauseConfig(0, 86400)).to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidConfig");
      await expect(bridge.connect(timelock).setPauseConfig(1, 3600)).to.be.revertedWithCustomError(bridge, "RollupBridgeInvalidConfig");
      await expect(bridge.connect(timelock).setPauseConfig(3600, 86400)).to.emit(bridge, "PauseConfigChanged").withArgs(3600, 86400);
    });

    it("rejects a bad construction", async function () {
      const F = await ethers.getContractFactory("RollupBridge");
      const [a] = await ethers.getSigners();
      await expect(F.deploy(ethers.ZeroAddress, a.address, a.address, a.address, a.address, 1, 86400)).to.be.revertedWithCustomError(F, "RollupBridgeZeroAddress");
      await expect(F.deploy(a.address, a.address, a.address, ethers.ZeroAddress, a.address, 1, 86400)).to.be.revertedWithCustomError(F, "RollupBridgeZeroAddress");
      await expect(F.deploy(a.address, a.address, a.address, a.address, a.address, 1, 1)).to.be.revertedWithCustomError(F, "RollupBridgeInvalidConfig");
    });
  });

  describe("reentrancy", function () {
    it("refuses a token callback re-entering relayMessage during a withdrawal", async function () {
      const [admin, recipient] = await ethers.getSigners();
      const token = await (await ethers.getContractFactory("ReentrantToken")).deploy(BREV(1000));
      const staking = await (await ethers.getContractFactory("StakingController")).deploy(
        await token.getAddress(), admin.address, admin.address, 1, 1, 0, 5000);
      const oracle = await (await ethers.getContractFactory("OutputOracle")).deploy(
        await staking.getAddress(), admin.address, admin.address, 0, 10, 0, 1000, 1);
      const bridge = await (await ethers.getContractFactory("RollupBridge")).deploy(
        await token.getAddress(), await oracle.getAddress(), await staking.getAddress(), admin.address, admin.address, 3600, 86400);
      await token.approve(await bridge.getAddress(), BREV(100));
      await bridge.deposit(BREV(100), admin.address);
      const messages = [
        { nonce: 0n, kind: Kind.Withdraw, target: recipient.address, amount: BREV(10), data: "0x" },
        { nonce: 1n, kind: Kind.Withdraw, target: recipient.address, amount: BREV(10), data: "0x" },
      ];
      const out = outputFor(messages);
      await oracle.proposeOutput(10, out.outputRoot, ZERO32, 0);
      const args = [messages[0], 0, out.rootProof, out.tree.proof(0)];
      await token.arm(await bridge.getAddress(), bridge.interface.encodeFunctionData("relayMessage", args));
      await expect(bridge.relayMessage(...args)).to.be.revertedWithCustomError(bridge, "ReentrancyGuardReentrantCall");
      expect(await bridge.isRelayed(0)).to.equal(false);
      await token.arm(await bridge.getAddress(), bridge.interface.encodeFunctionData("relayMessage", [messages[1], 0, out.rootProof, out.tree.proof(1)]));
      await expect(bridge.relayMessage(...args)).to.be.revertedWithCustomError(bridge, "ReentrancyGuardReentrantCall");
    });
  });
});
