const { expect } = require("chai");
const { ethers } = require("hardhat");

describe("BatchInbox", function () {
  async function fixture() {
    const [owner, sequencer, other] = await ethers.getSigners();
    const inbox = await (await ethers.getContractFactory("BatchInbox")).deploy(owner.address, sequencer.address);
    return { inbox, owner, sequencer, other };
  }

  it("accepts batches from the sequencer and emits BatchSubmitted", async function () {
    const { inbox, sequencer } = await fixture();
    const data = ethers.hexlify(ethers.randomBytes(1000));
    await expect(inbox.connect(sequencer).submitBatch(data)).to.emit(inbox, "BatchSubmitted").withArgs(0, ethers.keccak256(data), 1000);
    await expect(inbox.connect(sequencer).submitBatch("0x01")).to.emit(inbox, "BatchSubmitted").withArgs(1, ethers.keccak256("0x01"), 1);
    expect(await inbox.batchCount()).to.equal(2n);
  });

  it("rejects other senders, empty and oversized batches", async function () {
    const { inbox, sequencer, other } = await fixture();
    await expect(inbox.connect(other).submitBatch("0x01")).to.be.revertedWithCustomError(inbox, "BatchInboxOnlySequencer").withArgs(other.address);
    await expect(inbox.connect(sequencer).submitBatch("0x")).to.be.revertedWithCustomError(inbox, "BatchInboxEmptyBatch");
    await expect(inbox.connect(sequencer).submitBatch(new Uint8Array(128 * 1024 + 1)))
      .to.be.revertedWithCustomError(inbox, "BatchInboxBatchTooLarge").withArgs(128 * 1024 + 1);
  });

  it("lets only the owner replace the sequencer", async function () {
    const { inbox, owner, sequencer, other } = await fixture();
    await expect(inbox.connect(other).setSequencer(other.address)).to.be.revertedWithCustomError(inbox, "OwnableUnauthorizedAccount");
    await expect(inbox.connect(owner).setSequencer(ethers.ZeroAddress)).to.be.revertedWithCustomError(inbox, "BatchInboxZeroSequencer");
    await expect(inbox.connect(owner).setSequencer(other.address)).to.emit(inbox, "SequencerChanged").withArgs(sequencer.address, other.address);
    await expect(inbox.connect(other).submitBatch("0x01")).to.emit(inbox, "BatchSubmitted");
    const F = await ethers.getContractFactory("BatchInbox");
    await expect(F.deploy(owner.address, ethers.ZeroAddress)).to.be.revertedWithCustomError(F, "BatchInboxZeroSequencer");
  });
});
