const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const { coder, deployedSystem, impersonate } = require("../helpers");
const { registryInit } = require("../../scripts/deploy");

const CLASS_T = "tuple(uint32 id,uint32 minUnits,uint32 maxUnits,uint32 provingWindowSec,uint32 maxOrderLifetimeSec,uint32 maxProofBytes,uint16 jobStakeBps,uint16 securityBits,bool enabled,uint128 minProverStake,uint96 initialReferencePrice,string name,string proofSystem)";

describe("ParameterRegistry", function () {
  async function fixture() {
    const system = await deployedSystem();
    const registry = system.contracts.registry;
    const timelock = await impersonate(system.addresses.BrevTimelock);
    const [, other] = await ethers.getSigners();
    const klass = registryInit(system.genesis.params).classes[0];
    return { ...system, registry, timelock, other, klass };
  }

  it("holds the genesis values, owned by the timelock", async function () {
    const { registry, genesis, addresses } = await loadFixture(fixture);
    expect(await registry.owner()).to.equal(addresses.BrevTimelock);
    expect(await registry.maxProofSize()).to.equal(4096n);
    expect(await registry.minSecurityBits()).to.equal(96n);
    expect(await registry.slashBps()).to.equal(1000n);
    expect(await registry.marketFeeBps()).to.equal(250n);
    expect((await registry.auctionSettings()).thickMarketMinOrders).to.equal(8n);
    expect((await registry.gasSchedule()).initialBaseFee).to.equal(BigInt(genesis.params.gas.initialBaseFee));
    expect((await registry.classIds()).map(Number)).to.deep.equal(genesis.params.classes.map((c) => c.id));
    const c3 = await registry.getClass(3);
    expect(c3.name).to.equal("groth16-large");
    expect(c3.minProverStake).to.equal(BigInt(genesis.params.classes[2].minProverStake));
    expect((await registry.getPipeline(1)).stages.map(Number)).to.deep.equal([10, 11]);
    expect((await registry.pipelineIds()).map(Number)).to.deep.equal([1]);
  });

  it("sets each global value with bounds and a ParameterChanged event, owner only", async function () {
    const { registry, timelock, other } = await loadFixture(fixture);
    const cases = [
      ["setMaxProofSize", "maxProofSize", 8192, 127, "uint32"],
      ["setMinSecurityBits", "minSecurityBits", 100, 79, "uint16"],
      ["setSlashBps", "slashBps", 2000, 5001, "uint16"],
      ["setMarketFeeBps", "marketFeeBps", 300, 2001, "uint16"],
    ];
    for (const [fn, key, good, bad, type] of cases) {
      await expect(registry.connect(other)[fn](good)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount").withArgs(other.address);
      await expect(registry.connect(timelock)[fn](bad))
        .to.be.revertedWithCustomError(registry, "ParameterRegistryOutOfBounds").withArgs(ethers.id(key), bad);
      await expect(registry.connect(timelock)[fn](good))
        .to.emit(registry, "ParameterChanged").withArgs(ethers.id(key), 0, coder.encode([type], [good]));
      expect(await registry[key]()).to.equal(BigInt(good));
    }
  });

  it("keeps global bounds consistent with the classes", async function () {
    const { registry, timelock } = await loadFixture(fixture);
    await expect(registry.connect(timelock).setMaxProofSize(256)).to.be.revertedWithCustomError(registry, "ParameterRegistryOutOfBounds");
    await expect(registry.connect(timelock).setMinSecurityBits(101)).to.be.revertedWithCustomError(registry, "ParameterRegistryOutOfBounds");
  });

  it("sets auction settings and the gas schedule within bounds", async function () {
    const { registry, timelock, other } = await loadFixture(fixture);
    const auction = { intervalBlocks: 2, thickMarketMinOrders: 4, referenceStepBps: 1000 };
    await expect(registry.connect(other).setAuctionSettings(auction)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount");
    await expect(registry.connect(timelock).setAuctionSettings(auction))
      .to.emit(registry, "ParameterChanged").withArgs(ethers.id("auction"), 0, coder.encode(["tuple(uint32,uint32,uint32)"], [[2, 4, 1000]]));
    for (const bad of [{ ...auction, intervalBlocks: 0 }, { ...auction, thickMarketMinOrders: 1001 }, { ...auction, referenceStepBps: 5001 }]) {
      await expect(registry.connect(timelock).setAuctionSettings(bad)).to.be.revertedWithCustomError(registry, "ParameterRegistryOutOfBounds");
    }
    const gas = { ...(await registry.gasSchedule()).toObject() };
    await expect(registry.connect(other).setGasSchedule(gas)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount");
    await expect(registry.connect(timelock).setGasSchedule({ ...gas, submitBid: 70_000n })).to.emit(registry, "ParameterChanged");
    expect((await registry.gasSchedule()).submitBid).to.equal(70_000n);
    for (const bad of [{ intrinsic: 20_999n }, { calldataZeroByte: 0n }, { submitBid: 0n }, { submitOffer: 0n }, { cancel: 0n },
      { withdrawal: 0n }, { baseFeeChangeDenominator: 0n }, { elasticityMultiplier: 0n }, { minBaseFee: 0n }, { initialBaseFee: 1n }]) {
      await expect(registry.connect(timelock).setGasSchedule({ ...gas, ...bad })).to.be.revertedWithCustomError(registry, "ParameterRegistryOutOfBounds");
    }
  });

  it("adds and replaces market classes", async function () {
    const { registry, timelock, other, klass } = await loadFixture(fixture);
    const c = { ...klass, id: 20, name: "groth16-new" };
    await expect(registry.connect(other).setClass(c)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount");
    const tx = registry.connect(timelock).setClass(c);
    await expect(tx).to.emit(registry, "ParameterChanged").withArgs(ethers.id("class"), 20, coder.encode([CLASS_T], [Object.values(c)]));
    expect((await registry.getClass(20)).name).to.equal("groth16-new");
    await registry.connect(timelock).setClass({ ...c, enabled: false });
    expect((await registry.getClass(20)).enabled).to.equal(false);
    expect((await registry.classIds()).length).to.equal(6);
    await expect(registry.getClass(99)).to.be.revertedWithCustomError(registry, "ParameterRegistryUnknownClass").withArgs(99);
    for (const bad of [{ id: 0 }, { name: "" }, { proofSystem: "" }, { minUnits: 0 }, { minUnits: 10, maxUnits: 5 }, { provingWindowSec: 0 },
      { jobStakeBps: 10_001 }, { maxProofBytes: 0 }, { maxProofBytes: 5000 }, { securityBits: 90 }, { securityBits: 257 }, { initialReferencePrice: 0n }]) {
      await expect(registry.connect(timelock).setClass({ ...c, ...bad })).to.be.revertedWithCustomError(registry, "ParameterRegistryInvalidClass");
    }
  });

  it("bounds a class's maxOrderLifetimeSec to 60 s .. 365 days", async function () {
    const { registry, timelock, klass, genesis } = await loadFixture(fixture);
    const year = 365 * 24 * 3600;
    expect((await registry.getClass(genesis.params.classes[0].id)).maxOrderLifetimeSec).to.equal(BigInt(genesis.params.classes[0].maxOrderLifetimeSec));
    expect(await registry.MIN_ORDER_LIFETIME_SEC()).to.equal(60n);
    expect(await registry.MAX_ORDER_LIFETIME_SEC()).to.equal(BigInt(year));
    for (const good of [60, year]) {
      const c = { ...klass, id: 21, maxOrderLifetimeSec: good };
      await expect(registry.connect(timelock).setClass(c))
        .to.emit(registry, "ParameterChanged").withArgs(ethers.id("class"), 21, coder.encode([CLASS_T], [Object.values(c)]));
      expect((await registry.getClass(21)).maxOrderLifetimeSec).to.equal(BigInt(good));
    }
  });

  it("refuses a new or replaced class whose maxOrderLifetimeSec is out of range, changing nothing", async function () {
    const { registry, timelock, klass } = await loadFixture(fixture);
    const ids = await registry.classIds();
    for (const bad of [0, 59, 365 * 24 * 3600 + 1]) {
      for (const id of [21, klass.id]) {
        await expect(registry.connect(timelock).setClass({ ...klass, id, maxOrderLifetimeSec: bad }))
          .to.be.revertedWithCustomError(registry, "ParameterRegistryInvalidOrderLifetime").withArgs(id, bad);
      }
    }
    expect(await registry.classIds()).to.deep.equal(ids);
    expect((await registry.getClass(klass.id)).maxOrderLifetimeSec).to.equal(BigInt(klass.maxOrderLifetimeSec));
    await expect(registry.getClass(21)).to.be.revertedWithCustomError(registry, "ParameterRegistryUnknownClass").withArgs(21);
  });

  it("adds pipelines over existing classes", async function () {
    const { registry, timelock, other } = await loadFixture(fixture);
    const p = { id: 2, name: "three-stage", stages: [1, 10, 11] };
    await expect(registry.connect(other).setPipeline(p)).to.be.revertedWithCustomError(registry, "OwnableUnauthorizedAccount");
    await expect(registry.connect(timelock).setPipeline(p)).to.emit(registry, "ParameterChanged").withArgs(ethers.id("pipeline"), 2, (v) => v.length > 2);
    expect((await registry.getPipeline(2)).stages.map(Number)).to.deep.equal([1, 10, 11]);
    await registry.connect(timelock).setPipeline({ ...p, stages: [10] });
    expect((await registry.pipelineIds()).length).to.equal(2);
    await expect(registry.getPipeline(9)).to.be.revertedWithCustomError(registry, "ParameterRegistryUnknownPipeline").withArgs(9);
    for (const bad of [{ id: 0 }, { name: "" }, { stages: [] }, { stages: [1, 2, 3, 10, 11, 1, 2, 3, 10] }, { stages: [99] }, { stages: [10, 10] }]) {
      await expect(registry.connect(timelock).setPipeline({ ...p, ...bad })).to.be.revertedWithCustomError(registry, "ParameterRegistryInvalidPipeline");
    }
  });

  it("caps the number of classes", async function () {
    this.timeout(120_000);
    const { registry, timelock, klass } = await loadFixture(fixture);
    const n = Number(await registry.MAX_ENTRIES()) - (await registry.classIds()).length;
    for (let i = 0; i < n; ++i) await registry.connect(timelock).setClass({ ...klass, id: 1000 + i });
    await expect(registry.connect(timelock).setClass({ ...klass, id: 5000 })).to.be.revertedWithCustomError(registry, "ParameterRegistryTooManyEntries");
  });

  it("rejects an out-of-bounds genesis", async function () {
    const { genesis, timelock } = await loadFixture(fixture);
    const F = await ethers.getContractFactory("ParameterRegistry");
    const init = registryInit(genesis.params);
    await expect(F.deploy(timelock.address, { ...init, slashBps: 6000 })).to.be.revertedWithCustomError(F, "ParameterRegistryOutOfBounds");
    await expect(F.deploy(timelock.address, { ...init, pipelines: [{ id: 1, name: "x", stages: [42] }] }))
      .to.be.revertedWithCustomError(F, "ParameterRegistryInvalidPipeline");
    for (const bad of [59, 365 * 24 * 3600 + 1]) {
      const classes = init.classes.map((c, i) => (i === 1 ? { ...c, maxOrderLifetimeSec: bad } : c));
      await expect(F.deploy(timelock.address, { ...init, classes }))
        .to.be.revertedWithCustomError(F, "ParameterRegistryInvalidOrderLifetime").withArgs(init.classes[1].id, bad);
    }
  });
});
