const { expect } = require("chai");
const fs = require("fs");
const os = require("os");
const path = require("path");
const hre = require("hardhat");
const { ethers } = hre;
const { deploy, validatorsToRegister, DEFAULT_GENESIS } = require("../../scripts/deploy");

describe("deploy script", function () {
  it("deploys from genesis, wires roles, stakes provers and writes the addresses", async function () {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "provernet-")), "devnet.json");
    const { contracts, addresses, genesis, deployer } = await deploy(hre, DEFAULT_GENESIS, { out });
    const written = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(written.contracts).to.deep.equal(addresses);
    expect(Object.keys(addresses)).to.have.members([
      "BrevToken", "BrevTimelock", "BrevGovernor", "ParameterRegistry", "StakingController", "OutputOracle", "RollupBridge", "BatchInbox", "ProofVerifier"]);
    const { token, staking, registry, verifier, oracle, inbox, bridge, timelock } = contracts;

    let supply = 0n;
    for (const a of genesis.token.allocations) supply += BigInt(a.amount);
    expect(await token.totalSupply()).to.equal(supply);

    expect(await registry.owner()).to.equal(addresses.BrevTimelock);
    expect(await verifier.owner()).to.equal(addresses.BrevTimelock);
    expect(await inbox.owner()).to.equal(addresses.BrevTimelock);
    expect(await inbox.sequencer()).to.equal(genesis.rollup.batcher);
    expect(await oracle.proposer()).to.equal(genesis.rollup.batcher);
    expect(await oracle.finalityDelay()).to.equal(BigInt(genesis.rollup.finalityDelaySec));
    expect(await oracle.submissionInterval()).to.equal(BigInt(genesis.rollup.outputIntervalBlocks));
    const ADMIN = await staking.DEFAULT_ADMIN_ROLE();
    const SLASHER = await staking.SLASHER_ROLE();
    expect(await staking.hasRole(SLASHER, addresses.RollupBridge)).to.equal(true);
    expect(await staking.hasRole(SLASHER, addresses.OutputOracle)).to.equal(true);
    expect(await staking.hasRole(ADMIN, addresses.BrevTimelock)).to.equal(true);
    expect(await staking.hasRole(ADMIN, deployer.address)).to.equal(false);
    expect(await staking.treasury()).to.equal(addresses.BrevTimelock);
    expect(await bridge.hasRole(ADMIN, addresses.BrevTimelock)).to.equal(true);
    expect(await timelock.hasRole(await timelock.DEFAULT_ADMIN_ROLE(), deployer.address)).to.equal(false);
    expect(await timelock.hasRole(await timelock.PROPOSER_ROLE(), addresses.BrevGovernor)).to.equal(true);

    for (const p of genesis.provers) {
      const info = await staking.getProver(p.address);
      expect(info.status).to.equal(2n); // Active
      expect(info.selfStake).to.equal(BigInt(p.stake));
      expect(info.commissionBps).to.equal(BigInt(p.commissionBps));
      expect(written.provers[p.address]).to.equal(info.vault);
    }
    const [firstProver, ...otherProvers] = genesis.provers;
    expect(written.roles.validators).to.deep.equal([firstProver.address]);
    expect(await staking.isActiveValidator(firstProver.address)).to.equal(true);
    for (const p of otherProvers) expect(await staking.isActiveValidator(p.address)).to.equal(false);
    expect(await staking.totalValidatorStake()).to.equal(BigInt(firstProver.stake));
    expect(await staking.validatorCount()).to.equal(1n);
    expect(Object.keys(written.verifyingKeys)).to.have.members(["multiplier", "range_check"]);
    for (const h of Object.values(written.verifyingKeys)) expect(await verifier.isRegistered(h)).to.equal(true);
    expect(await ethers.provider.getCode(addresses.ProofVerifier)).to.not.equal("0x");
  });

  it("registers the listed genesis provers as validators and records them", async function () {
    const genesis = JSON.parse(fs.readFileSync(DEFAULT_GENESIS, "utf8"));
    const listed = [genesis.provers[2].address.toLowerCase(), genesis.provers[1].address];
    const { contracts, result } = await deploy(hre, DEFAULT_GENESIS, { out: false, registerValidators: listed });
    expect(result.roles.validators).to.deep.equal([genesis.provers[2].address, genesis.provers[1].address]);
    expect(await contracts.staking.isActiveValidator(genesis.provers[0].address)).to.equal(false);
    expect(await contracts.staking.validatorCount()).to.equal(2n);
  });

  it("reads registerValidators as a count or a list of genesis provers, and refuses anything else", function () {
    const provers = [{ address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" }, { address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" }];
    expect(validatorsToRegister(0, provers)).to.deep.equal([]);
    expect(validatorsToRegister(2, provers)).to.deep.equal(provers.map((p) => p.address));
    expect(() => validatorsToRegister(3, provers)).to.throw(/count from 0 to 2/);
    expect(() => validatorsToRegister("1", provers)).to.throw(/count from 0 to 2/);
    expect(() => validatorsToRegister(["0x90F79bf6EB2c4f870365E785982E1f101E93b906"], provers)).to.throw(/not a genesis prover/);
  });
});
