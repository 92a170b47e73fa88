// Starts the built `provernet node` on a fresh data directory and resolves with its L2 RPC URL, as a wallet user would
// find it. Run after `dotnet build -c Release` (tests/run-all.sh runs these tests after the C# ones).
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const repository = path.resolve(__dirname, "..", "..");
const provernetDll = path.join(repository, "node", "ProverNet.Node", "bin", "Release", "net10.0", "provernet.dll");

async function startNode({ blockTimeMs = 250 } = {}) {
  if (!fs.existsSync(provernetDll)) {
    throw new Error(`${provernetDll} is missing: run dotnet build -c Release first`);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "provernet-wallet-"));
  const child = spawn("dotnet", [provernetDll, "node", "--data-dir", dataDir, "--set", `Sequencer:BlockTimeMs=${blockTimeMs}`, "--set", "Rpc:Port=0"], {
    cwd: repository,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no L2 RPC line within 60 s:\n${output}`)), 60_000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /L2 RPC: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => reject(new Error(`provernet node exited with ${code}:\n${output}`)));
  });

  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode === null ? child.on("exit", resolve) : resolve()));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function marketAbi() {
  const artifact = path.join(repository, ".hardhat", "artifacts", "contracts", "l2", "IProverMarket.sol", "IProverMarket.json");
  return JSON.parse(fs.readFileSync(artifact, "utf8")).abi;
}

module.exports = { startNode, marketAbi, repository };
