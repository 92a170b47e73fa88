const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { BREV } = require("../helpers");

const DELAY = 7 * 24 * 3600;
const Status = { None: 0, Inactive: 1, Active: 2, Jailed: 3 };

async function stakingFixture() {
  const [admin, slasher, treasury, prover, alice, bob, carol, other] = await ethers.getSigners();
  const holders = [prover, alice, bob, carol, slasher].map((s) => s.address);
  const token = await (await ethers.getContractFactory("BrevToken")).deploy(holders, holders.map(() => BREV(1_000_000)));
  const staking = await (await ethers.getContractFactory("StakingController")).deploy(
    await token.getAddress(), admin.address, treasury.address, BREV(10_000), BREV(50_000), DELAY, 5000,
  );
  await staking.grantRole(await staking.SLASHER_ROLE(), slasher.address);
  for (const s of [prover, alice, bob, carol, slasher]) {
    await token.connect(s).approve(await staking.getAddress(), ethers.MaxUint256);
  }
  return { token, staking, admin, slasher, treasury, prover, alice, bob, carol, other };
}

async function activeProverFixture() {
  const f = await stakingFixture();
  await f.staking.connect(f.prover).initializeProver(1000);
  await f.staking.connect(f.prover).stake(f.prover.address, BREV(20_000));
  const vault = await ethers.getContractAt("ProverVault", await f.staking.vaultOf(f.prover.address));
  return { ...f, vault };
}

describe("StakingController", function () {
  describe("constructor and configuration", function () {
    it("rejects bad configuration", async function () {
      const [a] = await ethers.getSigners();
      const F = await ethers.getContractFactory("StakingController");
      await expect(F.deploy(ethers.ZeroAddress, a.address, a.address, 1, 1, 1, 1)).to.be.revertedWithCustomError(F, "StakingControllerInvalidConfig");
      await expect(F.deploy(a.address, a.address, ethers.ZeroAddress, 1, 1, 1, 1)).to.be.revertedWithCustomError(F, "StakingControllerInvalidConfig");
      await expect(F.deploy(a.address, a.address, a.address, 0, 1, 1, 1)).to.be.revertedWithCustomError(F, "StakingControllerInvalidConfig");
      await expect(F.deploy(a.address, a.address, a.address, 1, 1, 91 * 86400, 1)).to.be.revertedWithCustomError(F, "StakingControllerInvalidConfig");
      await expect(F.deploy(a.address, a.address, a.address, 1, 1, 1, 5001)).to.be.revertedWithCustomError(F, "StakingControllerInvalidConfig");
    });

    it("lets only the admin change settings, within bounds", async function () {
      const { staking, admin, other } = await loadFixture(stakingFixture);
      const ADMIN = await staking.DEFAULT_ADMIN_ROLE();
      for (const [fn, arg] of [["setTreasury", other.address], ["setMinSelfStake", 1n], ["setMinValidatorStake", 1n], ["setUnstakeDelay", 1n], ["setMaxSlashBps", 1n]]) {
        await expect(staking.connect(other)[fn](arg))
          .to.be.revertedWithCustomError(staking, "AccessControlUnauthorizedAccount").withArgs(other.address, ADMIN);
        await expect(staking.connect(admin)[fn](arg)).to.emit(staking, "ConfigChanged");
      }
      expect(await staking.treasury()).to.equal(other.address);
      expect(await staking.unstakeDelay()).to.equal(1n);
      await expect(staking.setMaxSlashBps(0)).to.be.revertedWithCustomError(staking, "StakingControllerInvalidConfig");
      await expect(staking.setTreasury(ethers.ZeroAddress)).to.be.revertedWithCustomError(staking, "StakingControllerInvalidConfig");
    });
  });

  describe("provers", function () {
    it("initializes a prover with a vault, Inactive until the minimum self-stake", async function () {
      const { staking, prover, token } = await loadFixture(stakingFixture);
      await expect(staking.connect(prover).initializeProver(1500)).to.emit(staking, "ProverInitialized");
      const vault = await ethers.getContractAt("ProverVault", await staking.vaultOf(prover.address));
      expect(await vault.asset()).to.equal(await token.getAddress());
      expect(await vault.prover()).to.equal(prover.address);
      expect(await staking.statusOf(prover.address)).to.equal(Status.Inactive);
      await staking.connect(prover).stake(prover.address, BREV(5_000));
      expect(await staking.statusOf(prover.address)).to.equal(Status.Inactive);
      await expect(staking.connect(prover).stake(prover.address, BREV(5_000)))
        .to.emit(staking, "ProverStatusChanged").withArgs(prover.address, Status.Active);
      const info = await staking.getProver(prover.address);
      expect(info.selfStake).to.equal(BREV(10_000));
      expect(info.commissionBps).to.equal(1500);
      expect(await staking.proverCount()).to.equal(1n);
      expect(await staking.proverAt(0)).to.equal(prover.address);
    });

    it("rejects double registration, bad commission and unknown provers", async function () {
      const { staking, prover, alice } = await loadFixture(stakingFixture);
      await expect(staking.connect(prover).initializeProver(10_001)).to.be.revertedWithCustomError(staking, "StakingControllerInvalidCommission");
      await staking.connect(prover).initializeProver(0);
      await expect(staking.connect(prover).initializeProver(0)).to.be.revertedWithCustomError(staking, "StakingControllerAlreadyInitialized");
      await expect(staking.connect(alice).stake(alice.address, 1)).to.be.revertedWithCustomError(staking, "StakingControllerUnknownProver");
      await expect(staking.getProver(alice.address)).to.be.revertedWithCustomError(staking, "StakingControllerUnknownProver");
      expect(await staking.selfStake(alice.address)).to.equal(0n);
    });

    it("changes commission", async function () {
      const { staking, prover } = await loadFixture(activeProverFixture);
      await expect(staking.connect(prover).setCommission(2000)).to.emit(staking, "CommissionChanged").withArgs(prover.address, 2000);
      await expect(staking.connect(prover).setCommission(10_001)).to.be.revertedWithCustomError(staking, "StakingControllerInvalidCommission");
    });
  });

  describe("delegation and unstaking", function () {
    it("delegates only into Active provers", async function () {
      const { staking, prover, alice } = await loadFixture(stakingFixture);
      await staking.connect(prover).initializeProver(0);
      await expect(staking.connect(alice).stake(prover.address, BREV(1)))
        .to.be.revertedWithCustomError(staking, "StakingControllerProverNotActive").withArgs(prover.address, Status.Inactive);
      await staking.connect(prover).stake(prover.address, BREV(10_000));
      await expect(staking.connect(alice).stake(prover.address, BREV(1)))
        .to.emit(staking, "Staked").withArgs(prover.address, alice.address, BREV(1), BREV(1));
      await expect(staking.connect(alice).stake(prover.address, 0)).to.be.revertedWithCustomError(staking, "StakingControllerZeroAmount");
    });

    it("unstakes after the delay, only by the requester", async function () {
      const { staking, vault, prover, alice, bob, token } = await loadFixture(activeProverFixture);
      await staking.connect(alice).stake(prover.address, BREV(1000));
      await expect(staking.connect(alice).requestUnstake(prover.address, BREV(400))).to.emit(staking, "UnstakeRequested");
      expect(await vault.balanceOf(alice.address)).to.equal(BREV(600));
      expect(await staking.pendingAssets(prover.address)).to.equal(BREV(400));
      await expect(staking.connect(alice).completeUnstake(1)).to.be.revertedWithCustomError(staking, "StakingControllerUnstakeNotReady");
      await expect(staking.connect(bob).completeUnstake(1)).to.be.revertedWithCustomError(staking, "StakingControllerNotRequestOwner");
      await expect(staking.connect(alice).completeUnstake(99)).to.be.revertedWithCustomError(staking, "StakingControllerUnknownRequest");
      await time.increase(DELAY);
      const before = await token.balanceOf(alice.address);
      await expect(staking.connect(alice).completeUnstake(1)).to.emit(staking, "UnstakeCompleted").withArgs(1, prover.address, alice.address, BREV(400));
      expect(await token.balanceOf(alice.address)).to.equal(before + BREV(400));
      await expect(staking.connect(alice).completeUnstake(1)).to.be.revertedWithCustomError(staking, "StakingControllerUnknownRequest");
      await expect(staking.getUnstakeRequest(1)).to.be.revertedWithCustomError(staking, "StakingControllerUnknownRequest");
    });

    it("rejects zero and excessive unstakes", async function () {
      const { staking, vault, prover, alice } = await loadFixture(activeProverFixture);
      await expect(staking.connect(alice).requestUnstake(prover.address, 0)).to.be.revertedWithCustomError(staking, "StakingControllerZeroAmount");
      await expect(staking.connect(alice).requestUnstake(prover.address, 1)).to.be.revertedWithCustomError(vault, "ERC4626ExceededMaxRedeem");
    });

    it("makes a prover Inactive when its own unstake drops it below the minimum", async function () {
      const { staking, prover } = await loadFixture(activeProverFixture);
      await expect(staking.connect(prover).requestUnstake(prover.address, BREV(15_000)))
        .to.emit(staking, "ProverStatusChanged").withArgs(prover.address, Status.Inactive);
    });
  });

  describe("rewards", function () {
    it("splits commission and raises the share price", async function () {
      const { staking, vault, prover, alice, slasher, token } = await loadFixture(activeProverFixture);
      await staking.connect(alice).stake(prover.address, BREV(20_000));
      const before = await token.balanceOf(prover.address);
      await expect(staking.connect(slasher).addRewards(prover.address, BREV(1000)))
        .to.emit(staking, "RewardsAdded").withArgs(prover.address, BREV(1000), BREV(100));
      expect(await token.balanceOf(prover.address)).to.equal(before + BREV(100));
      expect(await vault.totalAssets()).to.equal(BREV(40_900));
      expect(await vault.convertToAssets(await vault.balanceOf(alice.address))).to.be.closeTo(BREV(20_450), 1n);
      await expect(staking.addRewards(prover.address, 0)).to.be.revertedWithCustomError(staking, "StakingControllerZeroAmount");
    });

    it("pays everything to the prover when its vault has no shares", async function () {
      const { staking, prover, slasher, token } = await loadFixture(stakingFixture);
      await staking.connect(prover).initializeProver(1000);
      const before = await token.balanceOf(prover.address);
      await staking.connect(slasher).addRewards(prover.address, BREV(10));
      expect(await token.balanceOf(prover.address)).to.equal(before + BREV(10));
    });
  });

  describe("slashing", function () {
    it("is restricted to the slasher and bounded by maxSlashBps", async function () {
      const { staking, prover, other } = await loadFixture(activeProverFixture);
      const SLASHER = await staking.SLASHER_ROLE();
      await expect(staking.connect(other).slash(prover.address, 100, ethers.ZeroHash))
        .to.be.revertedWithCustomError(staking, "AccessControlUnauthorizedAccount").withArgs(other.address, SLASHER);
      await expect(staking.connect(other).slashAmount(prover.address, 1, ethers.ZeroHash))
        .to.be.revertedWithCustomError(staking, "AccessControlUnauthorizedAccount");
      await expect(staking.connect(other).jail(prover.address, 1n << 40n))
        .to.be.revertedWithCustomError(staking, "AccessControlUnauthorizedAccount");
      const [, slasher] = await ethers.getSigners();
      await expect(staking.connect(slasher).slash(prover.address, 5001, ethers.ZeroHash))
        .to.be.revertedWithCustomError(staking, "StakingControllerInvalidSlashBps").withArgs(5001, 5000);
      await expect(staking.connect(slasher).slash(prover.address, 0, ethers.ZeroHash))
        .to.be.revertedWithCustomError(staking, "StakingControllerInvalidSlashBps");
      await expect(staking.connect(slasher).slash(other.address, 1, ethers.ZeroHash))
        .to.be.revertedWithCustomError(staking, "StakingControllerUnknownProver");
    });

    it("slashes the vault and pending unstakes pro rata and conserves value", async function () {
      const { staking, vault, token, prover, alice, bob, carol, slasher, treasury } = await loadFixture(activeProverFixture);
      const actors = [prover, alice, bob, carol, slasher, treasury];
      const sumBalances = async () => {
        let s = await token.balanceOf(await staking.getAddress()) + (await token.balanceOf(await vault.getAddress()));
        for (const a of actors) s += await token.balanceOf(a.address);
        return s;
      };
      const total0 = await sumBalances();
      await staking.connect(alice).stake(prover.address, BREV(30_000));
      await staking.connect(bob).stake(prover.address, BREV(50_000));
      await staking.connect(bob).requestUnstake(prover.address, BREV(10_000)); // bob: 40k in vault, 10k pending
      await staking.connect(carol).stake(prover.address, BREV(10_000));
      await staking.connect(carol).requestUnstake(prover.address, BREV(10_000)); // carol: 10k pending
      // vault 20k + 30k + 40k = 90k; pending 20k
      expect(await vault.totalAssets()).to.equal(BREV(90_000));
      expect(await staking.pendingAssets(prover.address)).to.equal(BREV(20_000));

      const reason = ethers.id("job-7");
      await expect(staking.connect(slasher).slash(prover.address, 1000, reason))
        .to.emit(staking, "Slashed").withArgs(prover.address, BREV(9_000), BREV(2_000), reason);
      expect(await token.balanceOf(treasury.address)).to.equal(BREV(11_000));
      expect(await vault.totalAssets()).to.equal(BREV(81_000));
      expect(await vault.convertToAssets(await vault.balanceOf(alice.address))).to.be.closeTo(BREV(27_000), 1n);
      const [, bobPending] = await staking.getUnstakeRequest(1);
      expect(bobPending).to.equal(BREV(9_000));

      // slashAmount: 5,500 of a 99,000 total → 4,500 from the vault, 1,000 from pending
      await expect(staking.connect(slasher).slashAmount(prover.address, BREV(5_500), reason))
        .to.emit(staking, "Slashed").withArgs(prover.address, BREV(4_500), BREV(1_000), reason);
      // capped at maxSlashBps (50%) of the total
      await staking.connect(slasher).slashAmount(prover.address, BREV(1_000_000), reason);
      expect(await vault.totalAssets()).to.equal(BREV(38_250));
      expect(await staking.pendingAssets(prover.address)).to.equal(BREV(8_500));

      // everybody leaves; nothing is created or lost
      await time.increase(DELAY);
      await staking.connect(bob).completeUnstake(1);
      await staking.connect(carol).completeUnstake(2);
      for (const s of [alice, bob, prover]) {
        await staking.connect(s).requestUnstake(prover.address, await vault.balanceOf(s.address));
      }
      await time.increase(DELAY);
      for (const [id, s] of [[3, alice], [4, bob], [5, prover]]) await staking.connect(s).completeUnstake(id);
      expect(await vault.totalAssets()).to.equal(0n);
      expect(await staking.pendingAssets(prover.address)).to.equal(0n);
      expect(await sumBalances()).to.equal(total0);
      expect(await token.balanceOf(await staking.getAddress())).to.equal(0n);
      expect(await token.balanceOf(await vault.getAddress())).to.equal(0n);
    });

    it("returns 0 for a zero slash amount", async function () {
      const { staking, prover, slasher } = await loadFixture(activeProverFixture);
      expect(await staking.connect(slasher).slashAmount.staticCall(prover.address, 0, ethers.ZeroHash)).to.equal(0n);
    });
  });

  describe("jail", function () {
    it("jails, blocks delegation, and unjails after the term or by governance", async function () {
      const { staking, prover, alice, slasher, admin, other } = await loadFixture(activeProverFixture);
      const now = await time.latest();
      await expect(staking.connect(slasher).jail(prover.address, now)).to.be.revertedWithCustomError(staking, "StakingControllerInvalidJailEnd");
      await expect(staking.connect(slasher).jail(prover.address, now + 1000)).to.emit(staking, "Jailed");
      expect(await staking.statusOf(prover.address)).to.equal(Status.Jailed);
      await expect(staking.connect(alice).stake(prover.address, 1)).to.be.revertedWithCustomError(staking, "StakingControllerProverNotActive");
      await expect(staking.connect(prover).unjail(prover.address)).to.be.revertedWithCustomError(staking, "StakingControllerStillJailed");
      await expect(staking.connect(other).unjail(prover.address)).to.be.revertedWithCustomError(staking, "AccessControlUnauthorizedAccount");
      await time.increase(1000);
      await expect(staking.connect(prover).unjail(prover.address)).to.emit(staking, "Unjailed");
      expect(await staking.statusOf(prover.address)).to.equal(Status.Active);
      await expect(staking.connect(prover).unjail(prover.address)).to.be.revertedWithCustomError(staking, "StakingControllerNotJailed");
      await staking.connect(slasher).jail(prover.address, (await time.latest()) + 10_000);
      await expect(staking.connect(admin).unjail(prover.address)).to.emit(staking, "Unjailed");
    });
  });

  describe("validators", function () {
    it("registers, counts stake, and deregisters", async function () {
      const { staking, prover, alice, slasher } = await loadFixture(activeProverFixture);
      await expect(staking.connect(prover).registerValidator()).to.be.revertedWithCustomError(staking, "StakingControllerValidatorIneligible");
      await staking.connect(prover).stake(prover.address, BREV(30_000));
      await expect(staking.connect(prover).registerValidator()).to.emit(staking, "ValidatorRegistered").withArgs(prover.address);
      await expect(staking.connect(prover).registerValidator()).to.be.revertedWithCustomError(staking, "StakingControllerAlreadyValidator");
      expect(await staking.isActiveValidator(prover.address)).to.equal(true);
      expect(await staking.totalValidatorStake()).to.equal(BREV(50_000));
      await staking.connect(alice).stake(prover.address, BREV(10_000));
      expect(await staking.validatorStake(prover.address)).to.equal(BREV(60_000));
      await staking.connect(slasher).jail(prover.address, (await time.latest()) + 100);
      expect(await staking.totalValidatorStake()).to.equal(0n);
      expect(await staking.isActiveValidator(prover.address)).to.equal(false);
      await time.increase(100);
      await staking.connect(prover).unjail(prover.address);
      expect(await staking.totalValidatorStake()).to.equal(BREV(60_000));
      await expect(staking.connect(prover).deregisterValidator()).to.emit(staking, "ValidatorDeregistered");
      await expect(staking.connect(prover).deregisterValidator()).to.be.revertedWithCustomError(staking, "StakingControllerNotValidator");
      expect(await staking.totalValidatorStake()).to.equal(0n);
      expect(await staking.validatorCount()).to.equal(0n);
    });

    it("drops a validator whose own unstake goes below the validator minimum", async function () {
      const { staking, prover } = await loadFixture(activeProverFixture);
      await staking.connect(prover).stake(prover.address, BREV(30_000));
      await staking.connect(prover).registerValidator();
      await expect(staking.connect(prover).requestUnstake(prover.address, BREV(1)))
        .to.emit(staking, "ValidatorDeregistered").withArgs(prover.address);
      expect(await staking.totalValidatorStake()).to.equal(0n);
    });
  });

  describe("conservation under random operations", function () {
    it("keeps every token accounted for through stakes, unstakes, slashes and rewards", async function () {
      const { staking, vault, token, prover, alice, bob, carol, slasher, treasury } = await loadFixture(activeProverFixture);
      const stakers = [prover, alice, bob, carol];
      const everyone = [...stakers, slasher, treasury];
      const stakingAddr = await staking.getAddress();
      const vaultAddr = await vault.getAddress();
      const sum = async () => {
        let s = (await token.balanceOf(stakingAddr)) + (await token.balanceOf(vaultAddr));
        for (const a of everyone) s += await token.balanceOf(a.address);
        return s;
      };
      const total0 = await sum();
      let seed = 12345;
      const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
      const open = [];
      for (let step = 0; step < 60; ++step) {
        const who = stakers[rnd(stakers.length)];
        const op = rnd(6);
        if (op <= 1) {
          await staking.connect(who).stake(prover.address, BREV(1 + rnd(5000)) + BigInt(rnd(1000)));
        } else if (op === 2) {
          const bal = await vault.balanceOf(who.address);
          if (bal > 0n) {
            const shares = (bal * BigInt(1 + rnd(100))) / 100n;
            if (shares > 0n && (await vault.previewRedeem(shares)) > 0n) {
              const id = await staking.nextUnstakeRequestId();
              await staking.connect(who).requestUnstake(prover.address, shares);
              open.push([id, who]);
            }
          }
        } else if (op === 3) {
          await staking.connect(slasher).slash(prover.address, 1 + rnd(3000), ethers.ZeroHash);
        } else if (op === 4) {
          await staking.connect(slasher).slashAmount(prover.address, BREV(rnd(3000)) + 7n, ethers.ZeroHash);
        } else {
          await staking.connect(slasher).addRewards(prover.address, BREV(rnd(500)) + 3n);
        }
        // invariants: the vault holds exactly its assets; the controller holds exactly the pending pool
        expect(await token.balanceOf(vaultAddr)).to.equal(await vault.totalAssets());
        expect(await token.balanceOf(stakingAddr)).to.equal(await staking.pendingAssets(prover.address));
        expect(await sum()).to.equal(total0);
      }
      await time.increase(DELAY);
      for (const [id, who] of open) await staking.connect(who).completeUnstake(id);
      expect(await staking.pendingAssets(prover.address)).to.equal(0n);
      expect(await token.balanceOf(stakingAddr)).to.equal(0n);
      expect(await sum()).to.equal(total0);
    });
  });

  describe("reentrancy", function () {
    it("refuses a token callback re-entering completeUnstake", async function () {
      const [admin, treasury, staker] = await ethers.getSigners();
      const token = await (await ethers.getContractFactory("ReentrantToken")).deploy(BREV(1_000_000));
      const staking = await (await ethers.getContractFactory("StakingController")).deploy(
        await token.getAddress(), admin.address, treasury.address, BREV(10), BREV(10), 0, 5000,
      );
      await token.transfer(staker.address, BREV(100));
      await token.connect(staker).approve(await staking.getAddress(), ethers.MaxUint256);
      await staking.connect(staker).initializeProver(0);
      await staking.connect(staker).stake(staker.address, BREV(60));
      await staking.connect(staker).requestUnstake(staker.address, BREV(50));
      await token.arm(await staking.getAddress(), staking.interface.encodeFunctionData("completeUnstake", [1]));
      await expect(staking.connect(staker).completeUnstake(1)).to.be.revertedWithCustomError(staking, "ReentrancyGuardReentrantCall");
      await token.arm(await staking.getAddress(), staking.interface.encodeFunctionData("stake", [staker.address, 1]));
      await expect(staking.connect(staker).stake(staker.address, BREV(1))).to.be.revertedWithCustomError(staking, "ReentrancyGuardReentrantCall");
      // the vault itself cannot be entered by anyone but the controller, not even from inside a transfer
      const vault = await ethers.getContractAt("ProverVault", await staking.vaultOf(staker.address));
      await token.arm(await vault.getAddress(), vault.interface.encodeFunctionData("redeem", [1, staker.address, staker.address]));
      await expect(staking.connect(staker).stake(staker.address, BREV(1)))
        .to.be.revertedWithCustomError(vault, "ProverVaultOnlyController").withArgs(await token.getAddress());
    });
  });
});
