// The same flow with Foundry's cast, as a command-line user would: cast send, cast receipt, cast call.
const { expect } = require("chai");
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { startNode, repository } = require("./provernet-node");

const CAST = path.join(repository, "node_modules", "@foundry-rs", "cast-linux-amd64", "bin", "cast");
const MARKET = "0x0000000000000000000000000000000000000B01";
const PROVER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"; // dev #2, a genesis prover
const REQUESTER_KEY = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"; // dev #5

function cast(...args) {
  return execFileSync(CAST, args, { encoding: "utf8", timeout: 60_000 }).trim();
}

describe("Foundry cast against a ProverNet node", function () {
  this.timeout(120_000);
  let node;

  before(async () => {
    node = await startNode();
  });

  after(async () => {
    await node?.stop();
  });

  it("sends an offer and a bid, reads their receipts and calls a view", () => {
    const offer = JSON.parse(cast("send", "--json", "--rpc-url", node.url, "--private-key", PROVER_KEY, MARKET,
      "submitOffer(uint32,uint96,uint64)", "2", "5000000000000000", "0"));
    expect(offer.status).to.equal("0x1");

    const sent = JSON.parse(cast("send", "--json", "--rpc-url", node.url, "--private-key", REQUESTER_KEY, MARKET,
      "submitBid(uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)",
      "2", "3", "20000000000000000", "0", "0",
      "0x" + "11".repeat(32), "0x" + "22".repeat(32), "ipfs://cast"));
    const receipt = JSON.parse(cast("receipt", "--json", "--rpc-url", node.url, sent.transactionHash));
    expect(receipt.status).to.equal("0x1");
    expect(receipt.logs[0].address.toLowerCase()).to.equal(MARKET.toLowerCase());

    const bidId = BigInt(receipt.logs[0].topics[1]);
    const bid = cast("call", "--rpc-url", node.url, MARKET, "getBid(uint256)", bidId.toString());
    expect(bid).to.match(/^0x[0-9a-f]+$/);
    expect(bid.length).to.be.greaterThan(2 + 64 * 4);

    const reference = cast("call", "--rpc-url", node.url, MARKET, "referencePrice(uint32)(uint96)", "2");
    expect(BigInt(reference.split(" ")[0]) > 0n, `reference price ${reference}`).to.equal(true);
  });
});
