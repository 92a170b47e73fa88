using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using ProverNet.Node.Devnet;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Settlement.Support;

/// <summary>
/// An anvil with the contracts deployed by the deploy script (so dev account 1 is the one validator), mining on each
/// transaction. A test class shares it; each test starts from the state right after the deployment (evm_snapshot /
/// evm_revert).
/// </summary>
public sealed class SettlementL1Fixture : IAsyncLifetime
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("provernet-settlement-").FullName;
    private LocalL1? l1;
    private string? baseline;

    /// <summary>L2 blocks between outputs (genesis, equal to the oracle's submissionInterval).</summary>
    public static ulong Interval => NodeGenesis.Devnet.Rollup.OutputIntervalBlocks;

    /// <summary>Seconds after which an unchallenged output is final.</summary>
    public static ulong FinalityDelaySeconds => NodeGenesis.Devnet.Rollup.FinalityDelaySec;

    /// <summary>The key of the genesis batcher, which the oracle takes proposals from.</summary>
    public static DevAccount Proposer => DevAccounts.All.Single(account => account.Address == NodeGenesis.Devnet.Rollup.Batcher);

    /// <summary>The devnet's validator (the first genesis prover).</summary>
    public static DevAccount Validator => DevAccounts.All[1];

    /// <summary>A genesis prover that is not a validator.</summary>
    public static DevAccount NonValidator => DevAccounts.All[2];

    public Uri RpcUrl => L1.Anvil.RpcUrl;

    private LocalL1 L1 => l1 ?? throw new InvalidOperationException("the L1 has not started");

    public async Task InitializeAsync()
    {
        l1 = await LocalL1.StartAsync(new AnvilOptions { BlockTimeSeconds = 0 }, NodeGenesis.DevnetPath, dataDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        baseline = await RpcAsync<string>("evm_snapshot");
    }

    /// <summary>Returns the chain to the state right after the deployment.</summary>
    public async Task ResetAsync()
    {
        await RevertAsync(baseline!);
        baseline = await RpcAsync<string>("evm_snapshot");
    }

    public OutputOracleClient NewClient() =>
        new(RpcUrl, L1.Deployment.Contracts["OutputOracle"], L1.Deployment.Contracts["StakingController"], TimeSpan.FromSeconds(5));

    public DirectL1Sender NewSender(DevAccount account) => new(RpcUrl, L1.Anvil.ChainId, account);

    /// <summary>Proposes every output <paramref name="chain"/>'s safe head makes due, as the sequencer's proposer.</summary>
    public async Task ProposeAllAsync(ISafeBlocks chain, ProposerOptions? options = null)
    {
        var proposer = new OutputProposer(NewClient(), chain, NewSender(Proposer), options ?? new ProposerOptions(), TimeProvider.System, NullLogger.Instance);
        while (await proposer.ProposeDueAsync(default) is { } attempt)
        {
            Assert.True(attempt.Receipt.Succeeded);
        }
    }

    public Task<string> SnapshotAsync() => RpcAsync<string>("evm_snapshot");

    public Task RevertAsync(string snapshot) => RpcAsync<bool>("evm_revert", snapshot);

    /// <summary>Mines one block, at <paramref name="timestamp"/> if given.</summary>
    public Task MineAsync(ulong? timestamp = null) => timestamp is { } at ? RpcAsync<string>("evm_mine", at) : RpcAsync<string>("evm_mine");

    /// <summary>Moves L1 time forward by <paramref name="seconds"/> and mines a block at the new time.</summary>
    public async Task IncreaseTimeAsync(ulong seconds)
    {
        await RpcAsync<object>("evm_increaseTime", seconds);
        await MineAsync();
    }

    public async Task DisposeAsync()
    {
        if (l1 is not null)
        {
            await l1.DisposeAsync();
        }

        Directory.Delete(dataDir, recursive: true);
    }

    private Task<T> RpcAsync<T>(string method, params object[] parameters) =>
        new Web3(RpcUrl.ToString()).Client.SendRequestAsync<T>(new RpcRequest(1, method, parameters));
}
