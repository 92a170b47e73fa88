const { expect } = require("chai");
const { ethers } = require("hardhat");
const { BREV } = require("../helpers");

describe("ProverVault", function () {
  async function vaultFixture() {
    const [controller, prover, other] = await ethers.getSigners();
    const token = await (await ethers.getContractFactory("BrevToken")).deploy([controller.address], [BREV(1000)]);
    const vault = await (await ethers.getContractFactory("ProverVault")).connect(controller).deploy(await token.getAddress(), prover.address, "s", "s");
    await token.approve(await vault.getAddress(), ethers.MaxUint256);
    return { token, vault, controller, prover, other };
  }

  it("lets only the controller move assets", async function () {
    const { vault, other } = await vaultFixture();
    for (const [fn, args] of [["deposit", [1, other.address]], ["mint", [1, other.address]], ["withdraw", [1, other.address, other.address]],
      ["redeem", [1, other.address, other.address]], ["slashAssets", [1, other.address]], ["accrueRewards", [1]]]) {
      await expect(vault.connect(other)[fn](...args)).to.be.revertedWithCustomError(vault, "ProverVaultOnlyController").withArgs(other.address);
    }
  });

  it("mints, redeems, slashes and accrues with internal accounting", async function () {
    const { token, vault, controller, prover, other } = await vaultFixture();
    await vault.mint(BREV(10), prover.address);
    await vault.deposit(BREV(10), other.address);
    await token.transfer(await vault.getAddress(), BREV(100)); // a donation is ignored
    expect(await vault.totalAssets()).to.equal(BREV(20));
    await expect(vault.slashAssets(BREV(30), controller.address)).to.be.revertedWithCustomError(vault, "ProverVaultInsufficientAssets");
    await expect(vault.slashAssets(BREV(2), controller.address)).to.emit(vault, "AssetsSlashed").withArgs(BREV(2), controller.address);
    await expect(vault.accrueRewards(BREV(4))).to.emit(vault, "RewardsAccrued").withArgs(BREV(4));
    expect(await vault.totalAssets()).to.equal(BREV(22));
    await vault.withdraw(BREV(1), controller.address, other.address);
    await vault.redeem(await vault.balanceOf(prover.address), controller.address, prover.address);
    expect(await vault.totalAssets()).to.be.closeTo(BREV(10), 2n);
  });

  it("does not transfer shares", async function () {
    const { vault, prover, other } = await vaultFixture();
    await vault.deposit(BREV(1), prover.address);
    await expect(vault.connect(prover).transfer(other.address, 1)).to.be.revertedWithCustomError(vault, "ProverVaultTransfersDisabled");
  });
});
