const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { coder, deployedSystem } = require("../helpers");

const State = { Pending: 0, Active: 1, Canceled: 2, Defeated: 3, Succeeded: 4, Queued: 5, Expired: 6, Executed: 7 };

describe("BrevGovernor + BrevTimelock", function () {
  async function fixture() {
    const system = await deployedSystem();
    const [holder, , , , , alice] = await ethers.getSigners();
    return { ...system, ...system.contracts, holder, alice };
  }

  it("uses BrevToken's timestamp clock and the deploy settings", async function () {
    const { governor, timelock, token, addresses, deployer } = await loadFixture(fixture);
    expect(await governor.CLOCK_MODE()).to.equal("mode=timestamp");
    expect(await governor.clock()).to.equal(await token.clock());
    expect(await governor.votingDelay()).to.equal(60n);
    expect(await governor.votingPeriod()).to.equal(600n);
    expect(await governor.proposalThreshold()).to.equal(0n);
    expect(await governor.timelock()).to.equal(addresses.BrevTimelock);
    expect(await timelock.getMinDelay()).to.equal(60n);
    expect(await governor.proposalNeedsQueuing(0)).to.equal(true);
    expect(await timelock.hasRole(await timelock.PROPOSER_ROLE(), addresses.BrevGovernor)).to.equal(true);
    expect(await timelock.hasRole(await timelock.DEFAULT_ADMIN_ROLE(), deployer.address)).to.equal(false);
    expect(await timelock.hasRole(await timelock.EXECUTOR_ROLE(), ethers.ZeroAddress)).to.equal(true);
  });

  it("runs a full proposal: delegate → propose marketFeeBps → vote → queue → execute", async function () {
    const { governor, registry, token, holder, alice } = await loadFixture(fixture);
    await token.connect(holder).delegate(holder.address);
    await token.connect(alice).delegate(alice.address);
    await time.increase(1);
    const quorum = await governor.quorum((await time.latest()) - 1);
    expect(quorum).to.equal((await token.totalSupply()) * 4n / 100n);

    const targets = [await registry.getAddress()];
    const values = [0];
    const calldatas = [registry.interface.encodeFunctionData("setMarketFeeBps", [300])];
    const description = "Raise the market fee to 3%";
    const descriptionHash = ethers.id(description);
    const proposalId = await governor.hashProposal(targets, values, calldatas, descriptionHash);

    await expect(governor.connect(alice).propose(targets, values, calldatas, description)).to.emit(governor, "ProposalCreated");
    expect(await governor.state(proposalId)).to.equal(State.Pending);
    await time.increase(61);
    expect(await governor.state(proposalId)).to.equal(State.Active);
    await expect(governor.connect(holder).castVote(proposalId, 1)).to.emit(governor, "VoteCast");
    await governor.connect(alice).castVote(proposalId, 0);
    const [against, forVotes] = await governor.proposalVotes(proposalId);
    expect(forVotes).to.equal(await token.balanceOf(holder.address));
    expect(against).to.equal(await token.balanceOf(alice.address));
    await expect(governor.queue(targets, values, calldatas, descriptionHash)).to.be.revertedWithCustomError(governor, "GovernorUnexpectedProposalState");
    await time.increase(601);
    expect(await governor.state(proposalId)).to.equal(State.Succeeded);
    await expect(governor.queue(targets, values, calldatas, descriptionHash)).to.emit(governor, "ProposalQueued");
    const timelock = await ethers.getContractAt("BrevTimelock", await governor.timelock());
    await expect(governor.execute(targets, values, calldatas, descriptionHash))
      .to.be.revertedWithCustomError(timelock, "TimelockUnexpectedOperationState");
    await time.increase(61);
    await expect(governor.execute(targets, values, calldatas, descriptionHash))
      .to.emit(registry, "ParameterChanged").withArgs(ethers.id("marketFeeBps"), 0, coder.encode(["uint16"], [300]));
    expect(await governor.state(proposalId)).to.equal(State.Executed);
    expect(await registry.marketFeeBps()).to.equal(300n);
  });

  it("defeats a proposal without quorum and refuses direct registry changes", async function () {
    const { governor, registry, token, alice } = await loadFixture(fixture);
    await token.connect(alice).delegate(alice.address); // 1M of 100M: below the 4% quorum
    await time.increase(1);
    const targets = [await registry.getAddress()];
    const calldatas = [registry.interface.encodeFunctionData("setMarketFeeBps", [0])];
    await governor.connect(alice).propose(targets, [0], calldatas, "zero fee");
    const id = await governor.hashProposal(targets, [0], calldatas, ethers.id("zero fee"));
    await time.increase(61);
    await governor.connect(alice).castVote(id, 1);
    await time.increase(601);
    expect(await governor.state(id)).to.equal(State.Defeated);
    await expect(registry.connect(alice).setMarketFeeBps(0)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount");
  });
});
