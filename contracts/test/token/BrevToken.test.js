const { expect } = require("chai");
const { ethers } = require("hardhat");

const BREV = (n) => ethers.parseEther(String(n));

async function deployToken(holders, amounts) {
  const factory = await ethers.getContractFactory("BrevToken");
  const token = await factory.deploy(holders, amounts);
  await token.waitForDeployment();
  return token;
}

describe("BrevToken", function () {
  let alice, bob, carol, token;

  beforeEach(async function () {
    [alice, bob, carol] = await ethers.getSigners();
    token = await deployToken([alice.address, bob.address], [BREV(1000), BREV(500)]);
  });

  describe("constructor", function () {
    it("mints the fixed supply to the genesis holders", async function () {
      expect(await token.totalSupply()).to.equal(BREV(1500));
      expect(await token.balanceOf(alice.address)).to.equal(BREV(1000));
      expect(await token.balanceOf(bob.address)).to.equal(BREV(500));
      expect(await token.name()).to.equal("ProverNet BREV");
      expect(await token.symbol()).to.equal("BREV");
      expect(await token.decimals()).to.equal(18n);
    });

    it("reverts when holders and amounts differ in length", async function () {
      const factory = await ethers.getContractFactory("BrevToken");
      await expect(factory.deploy([alice.address], [1, 2]))
        .to.be.revertedWithCustomError(factory, "BrevTokenAllocationLengthMismatch")
        .withArgs(1, 2);
    });

    it("reverts on an empty allocation", async function () {
      const factory = await ethers.getContractFactory("BrevToken");
      await expect(factory.deploy([], [])).to.be.revertedWithCustomError(factory, "BrevTokenEmptyAllocation");
    });

    it("reverts when a holder is the zero address", async function () {
      const factory = await ethers.getContractFactory("BrevToken");
      await expect(factory.deploy([ethers.ZeroAddress], [1]))
        .to.be.revertedWithCustomError(factory, "ERC20InvalidReceiver")
        .withArgs(ethers.ZeroAddress);
    });
  });

  describe("transfer", function () {
    it("moves tokens and emits Transfer", async function () {
      await expect(token.transfer(carol.address, BREV(10)))
        .to.emit(token, "Transfer")
        .withArgs(alice.address, carol.address, BREV(10));
      expect(await token.balanceOf(carol.address)).to.equal(BREV(10));
      expect(await token.balanceOf(alice.address)).to.equal(BREV(990));
    });

    it("reverts when the balance is too low", async function () {
      await expect(token.connect(carol).transfer(alice.address, 1))
        .to.be.revertedWithCustomError(token, "ERC20InsufficientBalance")
        .withArgs(carol.address, 0, 1);
    });
  });

  describe("permit", function () {
    it("sets an allowance from an off-chain signature", async function () {
      const deadline = (await ethers.provider.getBlock("latest")).timestamp + 3600;
      const { chainId } = await ethers.provider.getNetwork();
      const domain = { name: "ProverNet BREV", version: "1", chainId, verifyingContract: await token.getAddress() };
      const types = {
        Permit: [
          { name: "owner", type: "address" },
          { name: "spender", type: "address" },
          { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" },
          { name: "deadline", type: "uint256" },
        ],
      };
      const value = BREV(42);
      const signature = await alice.signTypedData(domain, types, {
        owner: alice.address, spender: bob.address, value, nonce: 0, deadline,
      });
      const { v, r, s } = ethers.Signature.from(signature);
      await token.connect(carol).permit(alice.address, bob.address, value, deadline, v, r, s);
      expect(await token.allowance(alice.address, bob.address)).to.equal(value);
      expect(await token.nonces(alice.address)).to.equal(1n);
    });
  });

  describe("votes", function () {
    it("uses a timestamp clock", async function () {
      expect(await token.CLOCK_MODE()).to.equal("mode=timestamp");
      const latest = await ethers.provider.getBlock("latest");
      expect(await token.clock()).to.equal(BigInt(latest.timestamp));
    });

    it("counts delegated balances and follows transfers", async function () {
      await token.connect(bob).delegate(carol.address);
      expect(await token.getVotes(carol.address)).to.equal(BREV(500));
      await token.transfer(bob.address, BREV(100));
      expect(await token.getVotes(carol.address)).to.equal(BREV(600));
      expect(await token.getVotes(alice.address)).to.equal(0n);
    });
  });
});
