// A requester's wallet, as any dapp would write it: ethers v6, the chain's RPC URL and the contracts/l2 ABI — nothing
// ProverNet-specific.
const { expect } = require("chai");
const { ethers } = require("ethers");
const { startNode, marketAbi } = require("./provernet-node");

const MARKET = "0x0000000000000000000000000000000000000B01";
// Anvil's public dev keys #1 (a genesis prover) and #4 (a funded requester). Never hold real value.
const PROVER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const REQUESTER_KEY = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
const CLASS = 2;

describe("ethers v6 wallet against a ProverNet node", function () {
  this.timeout(120_000);
  let node;
  let provider;

  before(async () => {
    node = await startNode();
    provider = new ethers.JsonRpcProvider(node.url, undefined, { pollingInterval: 100 });
  });

  after(async () => {
    provider?.destroy();
    await node?.stop();
  });

  it("reads the chain id and balances of the genesis", async () => {
    const network = await provider.getNetwork();
    expect(network.chainId).to.equal(7351n);
    const requester = new ethers.Wallet(REQUESTER_KEY, provider);
    expect((await provider.getBalance(requester.address)) > 0n).to.equal(true);
  });

  it("sends an offer and a bid through the Market ABI and decodes BidMatched", async () => {
    const prover = new ethers.Wallet(PROVER_KEY, provider);
    const requester = new ethers.Wallet(REQUESTER_KEY, provider);
    const market = new ethers.Contract(MARKET, marketAbi(), provider);
    const price = ethers.parseUnits("0.02", "ether");

    const offer = await market.connect(prover).submitOffer(CLASS, price / 4n, 0);
    const offerReceipt = await offer.wait();
    expect(offerReceipt.status).to.equal(1);
    const offerId = market.interface.parseLog(offerReceipt.logs[0]).args.offerId;

    const bid = await market.connect(requester).submitBid(CLASS, 4, price, 0, 0, ethers.id("vk"), ethers.id("inputs"), "ipfs://inputs");
    const bidReceipt = await bid.wait();
    expect(bidReceipt.status).to.equal(1);
    const submitted = market.interface.parseLog(bidReceipt.logs[0]);
    expect(submitted.name).to.equal("BidSubmitted");
    const bidId = submitted.args.bidId;

    // Clearing runs at the end of the bid's block (or the next one, if the offer is still younger): wait for the event.
    let matched = [];
    for (let attempt = 0; attempt < 50 && matched.length === 0; attempt++) {
      matched = await market.queryFilter(market.filters.BidMatched(bidId), bidReceipt.blockNumber);
      if (matched.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect(matched).to.have.length(1);
    expect(matched[0].args.offerId).to.equal(offerId);
    expect(matched[0].args.buyerPricePerUnit <= price, "the requester pays at most its bid").to.equal(true);
  });

  it("surfaces a Market revert with its reason before anything is sent", async () => {
    const requester = new ethers.Wallet(REQUESTER_KEY, provider);
    const market = new ethers.Contract(MARKET, marketAbi(), requester);
    const nonce = await provider.getTransactionCount(requester.address, "pending");

    let error;
    try {
      await market.submitBid(99, 1, 1, 0, 0, ethers.ZeroHash, ethers.ZeroHash, "x");
    } catch (caught) {
      error = caught;
    }

    expect(error, "submitBid to an unknown class must fail").to.not.equal(undefined);
    expect(error.shortMessage ?? error.message).to.match(/class 99/);
    expect(await provider.getTransactionCount(requester.address, "pending")).to.equal(nonce);
  });
});
