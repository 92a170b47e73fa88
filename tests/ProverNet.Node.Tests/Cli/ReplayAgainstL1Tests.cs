using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using ProverNet.Contracts;
using ProverNet.Node.Cli;
using ProverNet.Node.Devnet;
using ProverNet.Node.Tests.EndToEnd;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

public sealed class ReplayAgainstL1Tests
{
    [Fact]
    public async Task Replay_WithL1Rpc_ReExecutesEveryBlockWithTheInputsDerivedFromL1()
    {
        await using var devnet = await OwnDevnet.StartAsync();
        const string recipient = "0x00000000000000000000000000000000000de7b2";
        await DepositAsync(devnet, recipient, 9_876);
        var l2 = new Web3(devnet.Host.RpcUrl.ToString());
        await FollowingNodeFixture.WaitUntilAsync(async () => (await l2.Eth.GetBalance.SendRequestAsync(recipient)).Value == 9_876, "the deposit on L2");
        await devnet.StopNodeAsync();

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", devnet.DataDir, "--l1-rpc", devnet.Settings.L1Rpc.Url);

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("each with the L1 inputs derived from", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_WithAnotherChainsL1_IsAMismatchAtTheFirstBlockTakingAnL1Block()
    {
        await using var devnet = await OwnDevnet.StartAsync();
        await FollowingNodeFixture.WaitUntilAsync(
            () => Task.FromResult(devnet.Host.Processor.Head.Header.L1Origin.Number > devnet.L1.Origin.Number), "a block taking an L1 block as origin");
        await devnet.StopNodeAsync();
        await using var other = await AnvilProcess.StartAsync(new AnvilOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        await new Web3(other.RpcUrl.ToString()).Client.SendRequestAsync<object>(new Nethereum.JsonRpc.Client.RpcRequest(1, "anvil_mine", new HexBigInteger(200)));

        var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", devnet.DataDir, "--l1-rpc", other.RpcUrl.ToString());

        Assert.True(exitCode == ReplayCommand.Mismatch, stdout + stderr);
        Assert.Contains("does not continue from L1 block", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_WithL1RpcOnAChainFollowingNoL1_IsRefused()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-replay-").FullName;
        try
        {
            using (var database = ProverNet.Node.Sequencing.ChainDatabase.Open(dataDir, string.Empty))
            {
                database.OpenProcessor();
            }

            var (exitCode, stdout, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", dataDir, "--l1-rpc", "http://127.0.0.1:9");

            Assert.True(exitCode == ReplayCommand.OpenError, stdout + stderr);
            Assert.Contains("follows no L1", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Replay_WithL1RpcThatIsNoUrl_IsRefused()
    {
        var (exitCode, _, stderr) = await ProvernetProcess.RunAsync("replay", "--data-dir", "/nonexistent", "--l1-rpc", "localhost:8545");

        Assert.Equal(ReplayCommand.OpenError, exitCode);
        Assert.Contains("expected an http(s) URL", stderr, StringComparison.Ordinal);
    }

    private static async Task DepositAsync(OwnDevnet devnet, string recipient, BigInteger amount)
    {
        var sender = DevAccounts.All[4];
        var web3 = new Web3(new Account(sender.PrivateKey, FollowingNodeFixture.L1ChainId), devnet.Settings.L1Rpc.Url);
        var bridge = devnet.L1.Deployment.Contracts["RollupBridge"].ToString();
        foreach (var (contract, function, arguments) in new (string, string, object[])[]
        {
            ("BrevToken", "approve", [bridge, amount]),
            ("RollupBridge", "deposit", [amount, recipient]),
        })
        {
            var receipt = await web3.Eth.GetContract(ContractArtifacts.Load(contract).Abi, devnet.L1.Deployment.Contracts[contract].ToString()).GetFunction(function)
                .SendTransactionAndWaitForReceiptAsync(sender.Address.ToString(), new HexBigInteger(500_000), null, null, arguments);
            Assert.Equal(1, (int)receipt.Status.Value);
        }
    }
}
