// The L2 system interfaces have no implementation here: these checks pin the ABI that wallets and the node share.
const { expect } = require("chai");
const { artifacts, ethers } = require("hardhat");

const iface = async (name) => new ethers.Interface((await artifacts.readArtifact(name)).abi);

describe("L2 system interfaces", function () {
  it("IProverMarket keeps the published names and signatures", async function () {
    const m = await iface("IProverMarket");
    for (const sig of [
      "submitBid(uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)",
      "submitCompositeBid(uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)",
      "submitOffer(uint32,uint96,uint64)",
      "cancelBid(uint256)",
      "cancelOffer(uint256)",
      "getBid(uint256)",
      "getOffer(uint256)",
      "getJob(uint256)",
      "getClass(uint32)",
      "referencePrice(uint32)",
    ]) expect(m.getFunction(sig), sig).to.not.equal(null);
    expect(m.getEvent("BidMatched").format("sighash")).to.equal("BidMatched(uint256,uint256,uint256,uint96,uint96)");
    expect(m.getEvent("BidMatched").inputs.filter((i) => i.indexed).map((i) => i.name)).to.deep.equal(["bidId", "offerId", "jobId"]);
    for (const e of ["BidSubmitted", "OfferSubmitted", "JobAssigned", "JobFulfilled", "JobFailed", "BidRefunded", "OfferClosed"]) {
      expect(m.getEvent(e), e).to.not.equal(null);
    }
    expect(m.getFunction("getJob").outputs[0].type).to.equal("tuple");
  });

  it("IL2Bridge and IL2Params expose withdraw and the parameter views", async function () {
    const b = await iface("IL2Bridge");
    expect(b.getFunction("withdraw(address)").payable).to.equal(true);
    expect(b.getEvent("MessagePassed")).to.not.equal(null);
    const p = await iface("IL2Params");
    for (const f of ["maxProofSize", "minSecurityBits", "slashBps", "marketFeeBps", "auctionSettings", "gasSchedule", "getClass", "classIds", "getPipeline", "pipelineIds"]) {
      expect(p.getFunction(f), f).to.not.equal(null);
    }
  });
});
