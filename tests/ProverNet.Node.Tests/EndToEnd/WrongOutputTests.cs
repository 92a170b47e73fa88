using ProverNet.Node.Devnet;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>A sequencer made to lie about one output (the test-only fault injector) and the devnet's staked validator.</summary>
public sealed class WrongOutputTests
{
    [Fact]
    public async Task Proposer_WrongRootForOneOutput_TheValidatorAttestsTheOthersAndChallengesItWhichFreezesIt()
    {
        const ulong lieAt = 20;
        await using var devnet = await OwnDevnet.StartAsync(settings =>
        {
            settings.Settlement.InjectWrongRootAtBlock = lieAt;
            settings.Settlement.PollIntervalMs = 200;
            settings.Batcher.MaxDelayMs = 500;
        });
        var validatorKey = DevAccounts.All[1];
        await using var validator = await TestValidator.StartAsync(
            devnet.Settings.L1Rpc.Url, devnet.L1.GenesisPath, settings => settings.Settlement.DeploymentsFile = devnet.L1.DeploymentPath, validatorKey.PrivateKey);
        var oracle = new OutputOracleClient(new Uri(devnet.Settings.L1Rpc.Url), devnet.L1.Deployment.Contracts["OutputOracle"], devnet.L1.Deployment.Contracts["StakingController"], TimeSpan.FromSeconds(5));
        var interval = devnet.Host.Chain.Genesis.Rollup.OutputIntervalBlocks;
        var lyingIndex = (lieAt / interval) - 1;

        await FollowingNodeFixture.WaitUntilAsync(async () => await oracle.FrozenFromAsync(CancellationToken.None) is not null, "the wrong output challenged", seconds: 90);

        Assert.Equal(lyingIndex, await oracle.FrozenFromAsync(CancellationToken.None));
        Assert.Equal(validatorKey.Address, await oracle.ChallengerOfAsync(lyingIndex, CancellationToken.None));
        Assert.True((await oracle.GetOutputAsync(lyingIndex, CancellationToken.None)).Challenged);
        Assert.True(await oracle.HasAttestedAsync(lyingIndex - 1, validatorKey.Address, CancellationToken.None));
        Assert.False(await oracle.IsFinalizedAsync(lyingIndex, CancellationToken.None));
    }
}
