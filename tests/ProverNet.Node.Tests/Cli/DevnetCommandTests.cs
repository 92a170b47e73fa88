using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nethereum.Web3;
using ProverNet.Contracts;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

public partial class DevnetCommandTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Devnet_StartAndCtrlC_DeploysTokenPrintsAddressesAndStopsAnvil()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-devnet-").FullName;
        using var node = ProvernetProcess.Start("devnet", "--set", $"DataDir={dataDir}", "--set", "Rpc:Port=0");
        try
        {
            var lines = new List<string>();
            if (!await ReadUntilAsync(node, lines, "Running; press Ctrl-C to stop."))
            {
                node.Kill(entireProcessTree: true);
                Assert.Fail("devnet did not report that it runs:\n" + string.Join('\n', lines) + await node.StandardError.ReadToEndAsync());
            }

            var printed = string.Join('\n', lines);
            var l1 = L1Line().Match(printed);
            Assert.True(l1.Success, printed);
            var tokenAddress = TokenLine().Match(printed).Groups["address"].Value;
            var web3 = new Web3(l1.Groups["url"].Value);
            var token = web3.Eth.GetContract(ContractArtifacts.Load("BrevToken").Abi, tokenAddress);
            Assert.Equal(BigInteger.Pow(10, 26), await token.GetFunction("totalSupply").CallAsync<BigInteger>());

            using var deployments = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "deployments.json")));
            var contracts = deployments.RootElement.GetProperty("contracts");
            Assert.Equal(tokenAddress, contracts.GetProperty("BrevToken").GetString());
            foreach (var name in new[] { "StakingController", "ParameterRegistry", "BrevGovernor", "BrevTimelock", "RollupBridge", "BatchInbox", "OutputOracle", "ProofVerifier" })
            {
                Assert.Contains($"{name}: {contracts.GetProperty(name).GetString()}", printed, StringComparison.Ordinal);
            }

            // The genesis provers (dev accounts #1-#3) are staked on L1, matching their L2 mirror.
            Assert.Equal(3, ProverLine().Count(printed));

            // The L2 sequencer answers as an Ethereum node of the genesis chain id.
            var l2 = L2Line().Match(printed);
            Assert.True(l2.Success, printed);
            Assert.Equal(7351, (int)(await new Web3(l2.Groups["url"].Value).Eth.ChainId.SendRequestAsync()).Value);

            SendInterrupt(node.Id);
            var rest = await node.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, node.ExitCode);
            Assert.Contains("shutting down the node and anvil.", rest, StringComparison.Ordinal);
            Assert.False(OperatingSystemProcess.IsRunning(int.Parse(l1.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Devnet_MalformedGenesis_ExitsWithFieldError()
    {
        var genesis = Path.Combine(Directory.CreateTempSubdirectory("provernet-genesis-").FullName, "genesis.json");
        await File.WriteAllTextAsync(genesis, """{"name": "x"}""");
        var (exitCode, _, stderr) = await ProvernetProcess.RunAsync("devnet", "--set", $"Genesis={genesis}");

        Assert.Equal(2, exitCode);
        Assert.Contains("genesis.chainId: is required", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsClientVersion()
    {
        var (exitCode, stdout, _) = await ProvernetProcess.RunAsync("version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("provernet/", stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"L1 RPC: (?<url>http://127\.0\.0\.1:\d+/?) \(chain id 31337, anvil pid (?<pid>\d+)\)")]
    private static partial Regex L1Line();

    [GeneratedRegex(@"Prover 0x[0-9a-fA-F]{40} staked, vault 0x[0-9a-fA-F]{40}")]
    private static partial Regex ProverLine();

    [GeneratedRegex(@"L2 RPC: (?<url>http://127\.0\.0\.1:\d+) \(chain id 7351")]
    private static partial Regex L2Line();

    [GeneratedRegex(@"BrevToken: (?<address>0x[0-9a-fA-F]{40})")]
    private static partial Regex TokenLine();

    private static async Task<bool> ReadUntilAsync(Process process, List<string> lines, string marker)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (line == marker)
            {
                return true;
            }
        }

        return false;
    }

    private static void SendInterrupt(int processId)
    {
        using var kill = Process.Start("kill", ["-INT", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
