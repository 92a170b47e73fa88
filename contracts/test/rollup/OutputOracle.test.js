const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time, mine } = require("@nomicfoundation/hardhat-network-helpers");
const { deployedSystem, impersonate, ZERO32 } = require("../helpers");

const root = (s) => ethers.id(`output-${s}`);

describe("OutputOracle", function () {
  async function fixture() {
    const system = await deployedSystem();
    const signers = await ethers.getSigners();
    const [, v1, v2, v3] = signers; // genesis provers are signers 1..3 (200k BREV each)
    const sequencer = await ethers.getSigner(system.genesis.rollup.batcher); // the proposer
    const { oracle, staking } = system.contracts;
    // The deploy script already registers the first genesis prover (settings.registerValidators).
    for (const v of [v1, v2, v3]) if (!(await staking.isActiveValidator(v.address))) await staking.connect(v).registerValidator();
    const timelock = await impersonate(system.addresses.BrevTimelock);
    return { ...system, oracle, staking, sequencer, v1, v2, v3, other: signers[8], timelock };
  }

  async function withOutputs() {
    const f = await fixture();
    await f.oracle.connect(f.sequencer).proposeOutput(10, root(10), ZERO32, 0);
    await f.oracle.connect(f.sequencer).proposeOutput(20, root(20), ZERO32, 0);
    return f;
  }

  describe("proposeOutput", function () {
    it("accepts outputs in order, from the proposer only", async function () {
      const { oracle, sequencer, other } = await loadFixture(fixture);
      expect(await oracle.nextBlockNumber()).to.equal(10n);
      await expect(oracle.connect(other).proposeOutput(10, root(10), ZERO32, 0))
        .to.be.revertedWithCustomError(oracle, "OutputOracleOnlyProposer").withArgs(other.address);
      await expect(oracle.connect(sequencer).proposeOutput(10, ZERO32, ZERO32, 0))
        .to.be.revertedWithCustomError(oracle, "OutputOracleEmptyOutputRoot");
      await expect(oracle.connect(sequencer).proposeOutput(11, root(11), ZERO32, 0))
        .to.be.revertedWithCustomError(oracle, "OutputOracleUnexpectedBlockNumber").withArgs(10, 11);
      await expect(oracle.connect(sequencer).proposeOutput(10, root(10), ZERO32, 0))
        .to.emit(oracle, "OutputProposed").withArgs(root(10), 0, 10, (t) => t > 0n);
      expect(await oracle.latestBlockNumber()).to.equal(10n);
      expect(await oracle.outputCount()).to.equal(1n);
      const o = await oracle.getOutput(0);
      expect(o.outputRoot).to.equal(root(10));
      await expect(oracle.getOutput(5)).to.be.revertedWithCustomError(oracle, "OutputOracleUnknownOutput");
    });

    it("checks the L1 block hash against reorgs", async function () {
      const { oracle, sequencer } = await loadFixture(fixture);
      await mine(2);
      const b = await ethers.provider.getBlock("latest");
      await expect(oracle.connect(sequencer).proposeOutput(10, root(10), ethers.id("reorged"), b.number))
        .to.be.revertedWithCustomError(oracle, "OutputOracleL1BlockHashMismatch");
      await expect(oracle.connect(sequencer).proposeOutput(10, root(10), b.hash, b.number)).to.emit(oracle, "OutputProposed");
    });
  });

  describe("finality", function () {
    it("is reached after finalityDelay without challenge", async function () {
      const { oracle } = await loadFixture(withOutputs);
      expect(await oracle.isFinalized(0)).to.equal(false);
      await time.increase(60);
      expect(await oracle.isFinalized(0)).to.equal(true);
      expect(await oracle.isFinalized(7)).to.equal(false);
    });

    it("is reached at >= 2/3 of validator stake attesting", async function () {
      const { oracle, staking, v1, v2 } = await loadFixture(withOutputs);
      const stake = await staking.validatorStake(v1.address);
      await expect(oracle.connect(v1).attest(0)).to.emit(oracle, "OutputAttested").withArgs(0, v1.address, stake);
      expect(await oracle.isFinalized(0)).to.equal(false);
      await expect(oracle.connect(v2).attest(0)).to.emit(oracle, "OutputFinalizedByAttestation").withArgs(0, stake * 2n, stake * 3n);
      expect(await oracle.isFinalized(0)).to.equal(true);
      expect(await oracle.attestersOf(0)).to.deep.equal([v1.address, v2.address]);
      expect(await oracle.attestedStake(0)).to.equal(stake * 2n);
    });

    it("rejects attestations from non-validators, twice, or for unknown outputs", async function () {
      const { oracle, v1, other } = await loadFixture(withOutputs);
      await expect(oracle.connect(other).attest(0)).to.be.revertedWithCustomError(oracle, "OutputOracleNotValidator").withArgs(other.address);
      await expect(oracle.connect(v1).attest(9)).to.be.revertedWithCustomError(oracle, "OutputOracleUnknownOutput");
      await oracle.connect(v1).attest(0);
      await expect(oracle.connect(v1).attest(0)).to.be.revertedWithCustomError(oracle, "OutputOracleAlreadyAttested");
    });

    it("tells per output and validator whether it attested (hasAttested)", async function () {
      const { oracle, v1, v2 } = await loadFixture(withOutputs);
      expect(await oracle.hasAttested(0, v1.address)).to.equal(false);
      await oracle.connect(v1).attest(0);
      expect(await oracle.hasAttested(0, v1.address)).to.equal(true);
      expect(await oracle.hasAttested(0, v2.address)).to.equal(false);
      expect(await oracle.hasAttested(1, v1.address)).to.equal(false);
      await expect(oracle.hasAttested(2, v1.address)).to.be.revertedWithCustomError(oracle, "OutputOracleUnknownOutput").withArgs(2);
    });
  });

  describe("challenges", function () {
    it("freezes the challenged output and later ones until governance finds it valid", async function () {
      const { oracle, sequencer, v1, v3, timelock, other } = await loadFixture(withOutputs);
      await time.increase(60);
      await oracle.connect(sequencer).proposeOutput(30, root(30), ZERO32, 0);
      await expect(oracle.connect(v1).challenge(0)).to.be.revertedWithCustomError(oracle, "OutputOracleAlreadyFinalized");
      await expect(oracle.connect(other).challenge(2)).to.be.revertedWithCustomError(oracle, "OutputOracleNotValidator");
      await expect(oracle.connect(v3).challenge(2)).to.emit(oracle, "OutputChallenged").withArgs(2, v3.address);
      await expect(oracle.connect(v1).challenge(2)).to.be.revertedWithCustomError(oracle, "OutputOracleAlreadyChallenged");
      expect(await oracle.challengerOf(2)).to.equal(v3.address);
      await time.increase(3600);
      expect(await oracle.isFinalized(1)).to.equal(true);
      expect(await oracle.isFinalized(2)).to.equal(false);
      await expect(oracle.connect(other).resolveChallenge(2, true)).to.be.revertedWithCustomError(oracle, "AccessControlUnauthorizedAccount");
      await expect(oracle.connect(timelock).resolveChallenge(1, true)).to.be.revertedWithCustomError(oracle, "OutputOracleNotChallenged");
      await expect(oracle.connect(timelock).resolveChallenge(2, true)).to.emit(oracle, "ChallengeResolved").withArgs(2, true);
      expect(await oracle.isFinalized(2)).to.equal(true);
      expect(await oracle.openChallenges()).to.equal(0n);
    });

    it("keeps later challenges frozen when an earlier one is resolved valid", async function () {
      const { oracle, sequencer, v1, v2, timelock } = await loadFixture(withOutputs);
      await oracle.connect(sequencer).proposeOutput(30, root(30), ZERO32, 0);
      await oracle.connect(v1).challenge(0);
      await oracle.connect(v2).challenge(2);
      await oracle.connect(timelock).resolveChallenge(0, true);
      expect(await oracle.frozenFrom()).to.equal(2n);
      await time.increase(60);
      expect(await oracle.isFinalized(1)).to.equal(true);
      expect(await oracle.isFinalized(2)).to.equal(false);
    });

    it("deletes an invalid output and every later one", async function () {
      const { oracle, sequencer, v1, v2, v3, timelock } = await loadFixture(withOutputs);
      await oracle.connect(v3).attest(0);
      await oracle.connect(v1).challenge(0);
      await oracle.connect(v2).challenge(1);
      await expect(oracle.connect(timelock).resolveChallenge(0, false)).to.emit(oracle, "OutputsDeleted").withArgs(0, 2);
      expect(await oracle.outputCount()).to.equal(0n);
      expect(await oracle.openChallenges()).to.equal(0n);
      expect(await oracle.nextBlockNumber()).to.equal(10n);
      await oracle.connect(sequencer).proposeOutput(10, root("10b"), ZERO32, 0);
      expect(await oracle.attestersOf(0)).to.deep.equal([]);
      expect(await oracle.hasAttested(0, v3.address)).to.equal(false); // a new proposal at a reused index
      await time.increase(60);
      expect(await oracle.isFinalized(0)).to.equal(true);
    });
  });

  describe("equivocation", function () {
    async function sign(oracle, signer, l2Block, r) {
      const { chainId } = await ethers.provider.getNetwork();
      const domain = { name: "ProverNet OutputOracle", version: "1", chainId, verifyingContract: await oracle.getAddress() };
      const types = { OutputAttestation: [{ name: "l2BlockNumber", type: "uint256" }, { name: "outputRoot", type: "bytes32" }] };
      return signer.signTypedData(domain, types, { l2BlockNumber: l2Block, outputRoot: r });
    }

    it("slashes and jails a validator that signed two roots for one block", async function () {
      const { oracle, staking, v1, v2, other, addresses } = await loadFixture(fixture);
      const sigA = await sign(oracle, v1, 10, root("a"));
      const sigB = await sign(oracle, v1, 10, root("b"));
      const { chainId } = await ethers.provider.getNetwork();
      const digest = ethers.TypedDataEncoder.hash(
        { name: "ProverNet OutputOracle", version: "1", chainId, verifyingContract: await oracle.getAddress() },
        { OutputAttestation: [{ name: "l2BlockNumber", type: "uint256" }, { name: "outputRoot", type: "bytes32" }] },
        { l2BlockNumber: 10, outputRoot: root("a") });
      expect(await oracle.attestationDigest(10, root("a"))).to.equal(digest);
      expect(ethers.recoverAddress(digest, sigA)).to.equal(v1.address);
      const vaultBefore = (await staking.getProver(v1.address)).vaultAssets;
      await expect(oracle.connect(other).proveEquivocation(v1.address, 10, root("a"), sigA, root("a"), sigA))
        .to.be.revertedWithCustomError(oracle, "OutputOracleSameRoot");
      const sigOther = await sign(oracle, v2, 10, root("b"));
      await expect(oracle.connect(other).proveEquivocation(v1.address, 10, root("a"), sigA, root("b"), sigOther))
        .to.be.revertedWithCustomError(oracle, "OutputOracleInvalidSignature").withArgs(v1.address);
      await expect(oracle.connect(other).proveEquivocation(ethers.ZeroAddress, 10, root("a"), "0x", root("b"), "0x"))
        .to.be.revertedWithCustomError(oracle, "OutputOracleInvalidSignature");
      await expect(oracle.connect(other).proveEquivocation(v1.address, 10, root("a"), sigA, root("b"), sigB))
        .to.emit(oracle, "EquivocationProven").withArgs(v1.address, 10, root("a"), root("b"))
        .and.to.emit(staking, "Slashed").withArgs(v1.address, vaultBefore / 10n, 0, ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["string", "uint256"], ["equivocation", 10])));
      expect(await staking.statusOf(v1.address)).to.equal(3); // Jailed
      expect(await staking.isActiveValidator(v1.address)).to.equal(false);
      await expect(oracle.connect(other).proveEquivocation(v1.address, 10, root("a"), sigA, root("b"), sigB))
        .to.be.revertedWithCustomError(oracle, "OutputOracleEquivocationAlreadyProven");
      expect(await (await ethers.getContractAt("BrevToken", addresses.BrevToken)).balanceOf(addresses.BrevTimelock)).to.equal(vaultBefore / 10n);
    });
  });

  describe("governance settings", function () {
    it("lets only the admin change proposer, delay and penalty, within bounds", async function () {
      const { oracle, timelock, other } = await loadFixture(fixture);
      await expect(oracle.connect(other).setProposer(other.address)).to.be.revertedWithCustomError(oracle, "AccessControlUnauthorizedAccount");
      await expect(oracle.connect(other).setFinalityDelay(1)).to.be.revertedWithCustomError(oracle, "AccessControlUnauthorizedAccount");
      await expect(oracle.connect(other).setEquivocationPenalty(1, 1)).to.be.revertedWithCustomError(oracle, "AccessControlUnauthorizedAccount");
      await expect(oracle.connect(timelock).setProposer(other.address)).to.emit(oracle, "ConfigChanged");
      expect(await oracle.proposer()).to.equal(other.address);
      await expect(oracle.connect(timelock).setProposer(ethers.ZeroAddress)).to.be.revertedWithCustomError(oracle, "OutputOracleInvalidConfig");
      await oracle.connect(timelock).setFinalityDelay(120);
      expect(await oracle.finalityDelay()).to.equal(120n);
      await expect(oracle.connect(timelock).setFinalityDelay(31 * 86400)).to.be.revertedWithCustomError(oracle, "OutputOracleInvalidConfig");
      await oracle.connect(timelock).setEquivocationPenalty(2000, 3600);
      expect(await oracle.equivocationSlashBps()).to.equal(2000n);
      await expect(oracle.connect(timelock).setEquivocationPenalty(0, 1)).to.be.revertedWithCustomError(oracle, "OutputOracleInvalidConfig");
    });

    it("rejects a bad construction", async function () {
      const F = await ethers.getContractFactory("OutputOracle");
      const [a] = await ethers.getSigners();
      await expect(F.deploy(ethers.ZeroAddress, a.address, a.address, 0, 10, 60, 100, 1)).to.be.revertedWithCustomError(F, "OutputOracleInvalidConfig");
      await expect(F.deploy(a.address, a.address, a.address, 0, 0, 60, 100, 1)).to.be.revertedWithCustomError(F, "OutputOracleInvalidConfig");
    });
  });
});
