// Deploys the ProverNet L1 contracts from a genesis file, wires their roles, and writes the addresses to JSON.
//
//   npx hardhat run contracts/scripts/deploy.js --network <net>
//     env PROVERNET_GENESIS          genesis file (default genesis/devnet/genesis.json)
//     env PROVERNET_DEPLOYMENTS_OUT  output JSON (default .hardhat/deployments/devnet.json)
//     env PROVERNET_VOTING_DELAY, PROVERNET_VOTING_PERIOD, PROVERNET_TIMELOCK_DELAY  governance timings in seconds (DEFAULTS)
//
// Also used by the tests: `const { deploy } = require("../scripts/deploy")` then `await deploy(hre, genesisPath)`.
// Order: token → timelock → governor → registry → staking → oracle → bridge → inbox → verifier (+ dev keys) →
// roles (bridge and oracle slash; timelock administers everything; the deployer keeps nothing) → genesis provers →
// validators.
const fs = require("fs");
const path = require("path");
const groth16 = require("./lib/groth16");

const ROOT = path.join(__dirname, "..", "..");
const DEFAULT_GENESIS = path.join(ROOT, "genesis", "devnet", "genesis.json");
const DEFAULT_OUT = path.join(ROOT, ".hardhat", "deployments", "devnet.json");

const E18 = 10n ** 18n;

/** Settings not in the genesis file (devnet values; override through `options`). */
const DEFAULTS = {
  timelockMinDelay: 60, // s
  votingDelay: 60, // s (BrevToken uses a timestamp clock)
  votingPeriod: 600, // s
  proposalThreshold: 0n,
  quorumPercent: 4,
  minSelfStake: 10_000n * E18,
  minValidatorStake: 100_000n * E18,
  unstakeDelay: 7 * 24 * 3600,
  maxSlashBps: 5000,
  equivocationSlashBps: 1000,
  equivocationJailSec: 7 * 24 * 3600,
  maxPauseDuration: 3 * 24 * 3600,
  exitWindow: 7 * 24 * 3600,
  guardian: null, // default: the deployer
  registerDevKeys: true, // register the committed test circuits' keys in ProofVerifier
  devKeySecurityBits: 100,
  stakeGenesisProvers: true,
  // Validators (OutputOracle attesters/challengers) registered after the genesis provers are staked: a count (the first
  // N genesis provers, in genesis order) or a list of genesis prover addresses. Needs stakeGenesisProvers.
  registerValidators: 1,
  out: null, // output file; null → env PROVERNET_DEPLOYMENTS_OUT or DEFAULT_OUT; false → do not write
};

function registryInit(params) {
  return {
    maxProofSize: params.maxProofSize,
    minSecurityBits: params.minSecurityBits,
    slashBps: params.slashBps,
    marketFeeBps: params.marketFeeBps,
    auction: {
      intervalBlocks: params.auction.intervalBlocks,
      thickMarketMinOrders: params.auction.thickMarketMinOrders,
      referenceStepBps: params.auction.referenceStepBps,
    },
    gas: {
      intrinsic: params.gas.intrinsic,
      calldataZeroByte: params.gas.calldataZeroByte,
      calldataNonZeroByte: params.gas.calldataNonZeroByte,
      submitBid: params.gas.submitBid,
      submitOffer: params.gas.submitOffer,
      cancel: params.gas.cancel,
      withdrawal: params.gas.withdrawal,
      baseFeeChangeDenominator: params.gas.baseFeeChangeDenominator,
      elasticityMultiplier: params.gas.elasticityMultiplier,
      initialBaseFee: BigInt(params.gas.initialBaseFee),
      minBaseFee: BigInt(params.gas.minBaseFee),
    },
    classes: params.classes.map((c) => ({
      id: c.id,
      minUnits: c.minUnits,
      maxUnits: c.maxUnits,
      provingWindowSec: c.provingWindowSec,
      maxOrderLifetimeSec: c.maxOrderLifetimeSec,
      maxProofBytes: c.maxProofBytes,
      jobStakeBps: c.jobStakeBps,
      securityBits: c.securityBits,
      enabled: c.enabled,
      minProverStake: BigInt(c.minProverStake),
      initialReferencePrice: BigInt(c.initialReferencePrice),
      name: c.name,
      proofSystem: c.proofSystem,
    })),
    pipelines: (params.pipelines || []).map((p) => ({ id: p.id, name: p.name, stages: p.stages })),
  };
}

async function deployContract(ethers, name, args, signer) {
  const factory = await ethers.getContractFactory(name, signer);
  const c = await factory.deploy(...args);
  await c.waitForDeployment();
  return c;
}

/** The genesis provers to register as validators: `setting` is a count (the first N) or a list of their addresses. */
function validatorsToRegister(setting, provers) {
  const known = new Map(provers.map((p) => [p.address.toLowerCase(), p.address]));
  if (Array.isArray(setting)) {
    return setting.map((address) => {
      const prover = known.get(String(address).toLowerCase());
      if (!prover) throw new Error(`registerValidators: ${address} is not a genesis prover`);
      return prover;
    });
  }
  if (!Number.isInteger(setting) || setting < 0 || setting > provers.length) {
    throw new Error(`registerValidators must be a list of genesis provers or a count from 0 to ${provers.length}, got ${setting}`);
  }
  return provers.slice(0, setting).map((p) => p.address);
}

async function send(txPromise) {
  const tx = await txPromise;
  return tx.wait();
}

/**
 * Deploys everything. `hreOrEthers` is the Hardhat runtime environment (or its `ethers`).
 * Returns { contracts, addresses, genesis, settings, devKeys, deployer }.
 */
async function deploy(hreOrEthers, genesisPath = DEFAULT_GENESIS, options = {}) {
  const ethers = hreOrEthers.ethers || hreOrEthers;
  const settings = { ...DEFAULTS, ...options };
  const genesis = JSON.parse(fs.readFileSync(genesisPath, "utf8"));
  const [deployer] = await ethers.getSigners();
  const rollup = genesis.rollup;
  // The sequencer's L1 account posts the batches and proposes the outputs (genesis rollup.batcher; the sequencer when absent).
  const batcher = rollup.batcher || rollup.sequencer;
  const guardian = settings.guardian || deployer.address;

  const holders = genesis.token.allocations.map((a) => a.address);
  const amounts = genesis.token.allocations.map((a) => BigInt(a.amount));
  const token = await deployContract(ethers, "BrevToken", [holders, amounts], deployer);

  const timelock = await deployContract(
    ethers, "BrevTimelock", [settings.timelockMinDelay, [], [ethers.ZeroAddress], deployer.address], deployer,
  );
  const timelockAddr = await timelock.getAddress();
  const governor = await deployContract(ethers, "BrevGovernor", [
    await token.getAddress(), timelockAddr, settings.votingDelay, settings.votingPeriod,
    settings.proposalThreshold, settings.quorumPercent,
  ], deployer);

  const registry = await deployContract(ethers, "ParameterRegistry", [timelockAddr, registryInit(genesis.params)], deployer);

  // The L1 treasury (slashed stake) is the timelock: governance decides what to do with it. genesis.rollup.treasury is
  // the L2 treasury account.
  const staking = await deployContract(ethers, "StakingController", [
    await token.getAddress(), deployer.address, timelockAddr, settings.minSelfStake, settings.minValidatorStake,
    settings.unstakeDelay, settings.maxSlashBps,
  ], deployer);

  const oracle = await deployContract(ethers, "OutputOracle", [
    await staking.getAddress(), timelockAddr, batcher, 0, rollup.outputIntervalBlocks, rollup.finalityDelaySec,
    settings.equivocationSlashBps, settings.equivocationJailSec,
  ], deployer);

  const bridge = await deployContract(ethers, "RollupBridge", [
    await token.getAddress(), await oracle.getAddress(), await staking.getAddress(), timelockAddr, guardian,
    settings.maxPauseDuration, settings.exitWindow,
  ], deployer);

  const inbox = await deployContract(ethers, "BatchInbox", [timelockAddr, batcher], deployer);

  const verifier = await deployContract(ethers, "ProofVerifier", [await registry.getAddress(), deployer.address], deployer);
  const devKeys = {};
  if (settings.registerDevKeys) {
    for (const name of groth16.circuitNames()) {
      const key = groth16.vkToStruct(groth16.circuit(name).vk);
      await send(verifier.registerKey(key, settings.devKeySecurityBits));
      devKeys[name] = groth16.vkHash(key);
    }
  }

  // Roles.
  const SLASHER = await staking.SLASHER_ROLE();
  const ADMIN = await staking.DEFAULT_ADMIN_ROLE();
  await send(staking.grantRole(SLASHER, await bridge.getAddress()));
  await send(staking.grantRole(SLASHER, await oracle.getAddress()));
  await send(staking.grantRole(ADMIN, timelockAddr));
  await send(verifier.transferOwnership(timelockAddr));

  // Genesis provers: initializeProver + self-stake (dev accounts, unlocked on hardhat and anvil).
  if (settings.stakeGenesisProvers) {
    for (const p of genesis.provers || []) {
      const signer = await ethers.getSigner(p.address);
      await send(token.connect(signer).approve(await staking.getAddress(), BigInt(p.stake)));
      await send(staking.connect(signer).initializeProver(p.commissionBps));
      await send(staking.connect(signer).stake(p.address, BigInt(p.stake)));
    }
  }

  // Validators: staked genesis provers (own stake >= minValidatorStake) join the OutputOracle's validator set.
  const validators = settings.stakeGenesisProvers ? validatorsToRegister(settings.registerValidators, genesis.provers || []) : [];
  for (const address of validators) {
    await send(staking.connect(await ethers.getSigner(address)).registerValidator());
  }

  // The deployer gives up its bootstrap powers.
  await send(staking.renounceRole(ADMIN, deployer.address));
  await send(timelock.grantRole(await timelock.PROPOSER_ROLE(), await governor.getAddress()));
  await send(timelock.grantRole(await timelock.CANCELLER_ROLE(), await governor.getAddress()));
  await send(timelock.renounceRole(await timelock.DEFAULT_ADMIN_ROLE(), deployer.address));

  const contracts = { token, timelock, governor, registry, staking, oracle, bridge, inbox, verifier };
  const addresses = {};
  const names = {
    token: "BrevToken", timelock: "BrevTimelock", governor: "BrevGovernor", registry: "ParameterRegistry",
    staking: "StakingController", oracle: "OutputOracle", bridge: "RollupBridge", inbox: "BatchInbox", verifier: "ProofVerifier",
  };
  for (const [k, c] of Object.entries(contracts)) addresses[names[k]] = await c.getAddress();

  const network = await ethers.provider.getNetwork();
  const result = {
    network: genesis.name,
    l1ChainId: Number(network.chainId),
    l2ChainId: genesis.chainId,
    deployer: deployer.address,
    deployedAtBlock: await ethers.provider.getBlockNumber(),
    contracts: addresses,
    provers: Object.fromEntries(
      await Promise.all((genesis.provers || []).map(async (p) => [p.address, settings.stakeGenesisProvers ? await staking.vaultOf(p.address) : null])),
    ),
    roles: {
      registryOwner: timelockAddr,
      verifierOwner: timelockAddr,
      stakingAdmin: timelockAddr,
      slashers: [addresses.RollupBridge, addresses.OutputOracle],
      sequencer: batcher,
      proposer: batcher,
      validators,
      guardian,
      l1Treasury: timelockAddr,
    },
    verifyingKeys: devKeys,
    settings: Object.fromEntries(Object.entries(settings).filter(([k]) => k !== "out").map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v])),
  };

  const out = settings.out === null ? process.env.PROVERNET_DEPLOYMENTS_OUT || DEFAULT_OUT : settings.out;
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
  }
  return { contracts, addresses, genesis, settings, devKeys, deployer, result, out };
}

/** Governance timings from PROVERNET_VOTING_DELAY / _VOTING_PERIOD / _TIMELOCK_DELAY (seconds); unset ones keep DEFAULTS. */
function governanceTimingsFromEnv(env) {
  const timings = {};
  for (const [name, key] of [["PROVERNET_VOTING_DELAY", "votingDelay"], ["PROVERNET_VOTING_PERIOD", "votingPeriod"], ["PROVERNET_TIMELOCK_DELAY", "timelockMinDelay"]]) {
    if (env[name] === undefined || env[name] === "") continue;
    if (!/^[0-9]+$/.test(env[name])) throw new Error(`${name} must be a whole number of seconds, got "${env[name]}"`);
    timings[key] = Number(env[name]);
  }
  return timings;
}

async function main() {
  const hre = require("hardhat");
  const genesisPath = process.env.PROVERNET_GENESIS || DEFAULT_GENESIS;
  const { addresses, out } = await deploy(hre, genesisPath, governanceTimingsFromEnv(process.env));
  console.log(JSON.stringify(addresses, null, 2));
  if (out) console.log(`addresses written to ${out}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

module.exports = { deploy, registryInit, validatorsToRegister, DEFAULTS, DEFAULT_GENESIS };
