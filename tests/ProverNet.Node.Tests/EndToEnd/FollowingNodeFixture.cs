using System.Numerics;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>
/// One devnet for the end-to-end tests of <see cref="FollowingNode"/>: anvil with the contracts deployed by the
/// project's deploy script, the L2 genesis anchored after the deployment, and a sequencer node following that L1 through
/// Nethereum — set up as <c>provernet devnet</c> does (<see cref="LocalL1"/>), in this process so tests can also look inside.
/// </summary>
public sealed partial class FollowingNodeFixture : IAsyncLifetime, IDisposable
{
    public const ulong L1ChainId = DeployedL1.ChainId;
    private readonly CancellationTokenSource stopping = new();
    private LocalL1? l1;
    private ChainDatabase? database;
    private NodeHost? host;
    private Task? running;
    private SeveringProxy? proxy;

    public LocalL1 L1 => l1 ?? throw new InvalidOperationException("the devnet has not started");

    public ChainDatabase Database => database ?? throw new InvalidOperationException("the devnet has not started");

    public NodeHost Host => host ?? throw new InvalidOperationException("the devnet has not started");

    public string DataDir { get; } = Directory.CreateTempSubdirectory("provernet-e2e-").FullName;

    public string L1Url => L1.Anvil.RpcUrl.ToString();

    /// <summary>The devnet's L1 and its contracts, as tests drive them.</summary>
    public DeployedL1 Deployed => new(L1);

    public Web3 L2 => new(Host.RpcUrl.ToString());

    /// <summary>The node reads L1 through this proxy, so a test can take L1 away from it (and from it alone).</summary>
    public SeveringProxy L1Link => proxy ?? throw new InvalidOperationException("the devnet has not started");

    public async Task InitializeAsync()
    {
        var settings = new NodeSettings { DataDir = DataDir };
        settings.Rpc.Port = 0;
        settings.Sequencer.BlockTimeMs = 250;
        settings.L1.BlockTimeSeconds = 1;
        settings.L1Rpc.PollIntervalMs = 100;

        // Governance in seconds, not minutes: the governance test skips the vote and the timelock with evm_increaseTime,
        // and every jump of L1 time carries L2 time with it (an L2 block is never older than its origin) — for the
        // other tests that share this devnet too.
        settings.L1.VotingDelaySeconds = 1;
        settings.L1.VotingPeriodSeconds = 5;
        settings.L1.TimelockDelaySeconds = 1;
        l1 = await LocalL1.StartAsync(settings.L1, GenesisFile.Resolve(string.Empty), DataDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        proxy = new SeveringProxy(L1.Anvil.RpcUrl);
        settings.L1Rpc.Url = proxy.Url.ToString();
        settings.L1Rpc.CallTimeoutMs = 1_000;
        settings.L1Rpc.MaxRetryDelayMs = 2_000;
        database = ChainDatabase.Open(DataDir, l1.GenesisPath, StorageDurability.None);
        host = await NodeHost.StartAsync(database, settings, NullLoggerFactory.Instance, CancellationToken.None);
        running = host.RunAsync(stopping.Token);
    }

    public async Task DisposeAsync()
    {
        await stopping.CancelAsync();
        if (running is not null)
        {
            await running;
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }

        database?.Dispose();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        if (l1 is not null)
        {
            await l1.DisposeAsync();
        }
    }

    public void Dispose() => stopping.Dispose();

    /// <summary>An L1 wallet of dev account <paramref name="index"/>.</summary>
    public Web3 L1Wallet(int index) => Deployed.Wallet(index);

    /// <summary>Sends <paramref name="function"/> of contract <paramref name="contract"/> from dev account <paramref name="from"/> and waits for its receipt.</summary>
    public Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> SendAsync(int from, string contract, string function, params object[] arguments) =>
        Deployed.SendAsync(from, contract, function, arguments);

    /// <summary>Calls an anvil method (snapshots, reverts, impersonation).</summary>
    public Task<JToken> L1RequestAsync(string method, params object[] parameters) => Deployed.RequestAsync(method, parameters);

    /// <summary>Deposits <paramref name="amount"/> from dev account <paramref name="from"/> to <paramref name="recipient"/> on L2.</summary>
    public Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> DepositAsync(int from, string recipient, BigInteger amount) => Deployed.DepositAsync(from, recipient, amount);

    /// <summary>The calldata of <paramref name="function"/> of deployed contract <paramref name="contract"/>.</summary>
    public byte[] Calldata(string contract, string function, params object[] arguments) =>
        Hex.Decode(Contract(new Web3(L1Url), contract).GetFunction(function).GetData(arguments));

    /// <summary>Sends <paramref name="function"/> of the StakingController as the bridge, one of its slashers (anvil impersonation); returns the receipt.</summary>
    public async Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> ActAsBridgeAsync(string function, params object[] arguments)
    {
        var bridge = L1.Deployment.Contracts["RollupBridge"].ToString();
        await L1RequestAsync("anvil_impersonateAccount", bridge);
        await L1RequestAsync("anvil_setBalance", bridge, "0x56BC75E2D63100000");
        var receipt = await Contract(new Web3(L1Url), "StakingController").GetFunction(function)
            .SendTransactionAndWaitForReceiptAsync(bridge, new HexBigInteger(500_000), null, null, arguments);
        Assert.True(receipt.Status.Value == 1, $"StakingController.{function} reverted on L1");
        return receipt;
    }

    /// <summary>What <paramref name="prover"/>'s vault holds on L1: the stake L2's mirror follows.</summary>
    public async Task<BigInteger> L1ProverStakeAsync(string prover)
    {
        var vault = await CallAsync<string>("StakingController", "vaultOf", prover);
        return await new Web3(L1Url).Eth.GetContract(ContractArtifacts.Load("ProverVault").Abi, vault).GetFunction("totalAssets").CallAsync<BigInteger>();
    }

    /// <summary>Calls a view of a deployed contract on L1.</summary>
    public Task<T> CallAsync<T>(string contract, string function, params object[] arguments) => Deployed.CallAsync<T>(contract, function, arguments);

    /// <summary>Calls a JSON-RPC method of the L2 node.</summary>
    public Task<JToken> L2RequestAsync(string method, params object[] parameters) =>
        L2.Client.SendRequestAsync<JToken>(new RpcRequest(1, method, parameters));

    /// <summary>The L2 balance of <paramref name="address"/>, in wei.</summary>
    public async Task<BigInteger> L2BalanceAsync(string address) => (await L2.Eth.GetBalance.SendRequestAsync(address)).Value;

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed.TotalSeconds < seconds, $"timed out after {seconds} s waiting for {what}");
            await Task.Delay(100);
        }
    }

    private Nethereum.Contracts.Contract Contract(Web3 web3, string name) => Deployed.Contract(web3, name);
}
