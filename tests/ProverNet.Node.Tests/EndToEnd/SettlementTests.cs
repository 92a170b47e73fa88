using ProverNet.Chain.Blocks;
using ProverNet.Node.Devnet;
using ProverNet.Node.Settlement;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>The sequencer's batches and outputs on L1, and a validator that has nothing but L1 to go on.</summary>
[Collection(FollowingNode.Name)]
public sealed class SettlementTests(FollowingNodeFixture devnet)
{
    [Fact]
    public async Task Sequencer_PostingBatches_MovesItsSafeHeadAndTheSafeTag()
    {
        var head = devnet.Host.Processor.Head.Number;

        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(devnet.Host.Chain.SafeNumber >= head), $"block {head} safe on the sequencer", seconds: 60);

        var status = await devnet.L2RequestAsync("pn_syncStatus");
        Assert.True(Convert.ToUInt64((string)status["safe"]!, 16) >= head);
        Assert.True(Convert.ToUInt64((string)status["unsafe"]!, 16) >= Convert.ToUInt64((string)status["safe"]!, 16));
        var safeBlock = await devnet.L2RequestAsync("eth_getBlockByNumber", "safe", false);
        Assert.True(Convert.ToUInt64((string)safeBlock["number"]!, 16) >= head);
        Assert.True(devnet.Host.Batcher!.Stats.GasUsed > 0);
    }

    [Fact]
    public async Task Validator_FromAnEmptyDataDirectoryWithOnlyL1_ReachesTheSequencersBlocksAndAttestsItsOutputs()
    {
        const string recipient = "0x00000000000000000000000000000000000de7a5";
        await devnet.DepositAsync(4, recipient, 2_468);
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(recipient) == 2_468, "the deposit on L2");
        var target = devnet.Host.Processor.Head.Number;
        await using var running = await TestValidator.StartAsync(
            devnet.L1Url, devnet.L1.GenesisPath, settings => settings.Settlement.DeploymentsFile = devnet.L1.DeploymentPath, DevAccounts.All[1].PrivateKey);
        var validator = running.Host;

        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Processor.Head.Number >= target), $"the validator at block {target}", seconds: 120);

        var sequenced = new BlockStore(devnet.Database.Store);
        for (var number = 1UL; number <= target; number++)
        {
            Assert.Equal(sequenced.GetByNumber(number)!.Hash, validator.Chain.Blocks.GetByNumber(number)!.Hash);
        }

        var oracle = new OutputOracleClient(new Uri(devnet.L1Url), devnet.L1.Deployment.Contracts["OutputOracle"], devnet.L1.Deployment.Contracts["StakingController"], TimeSpan.FromSeconds(5));
        var interval = devnet.Database.Genesis.Rollup.OutputIntervalBlocks;
        await FollowingNodeFixture.WaitUntilAsync(
            async () => await oracle.OutputCountAsync(CancellationToken.None) > 0 && await oracle.HasAttestedAsync(0, DevAccounts.All[1].Address, CancellationToken.None),
            "the validator's attestation of output 0",
            seconds: 60);
        var output = await oracle.GetOutputAsync(0, CancellationToken.None);
        Assert.Equal(interval, output.L2BlockNumber);
        Assert.Equal(OutputRoot.Of(validator.Chain.Blocks.GetByNumber(interval)!), output.OutputRoot);

        // The devnet's one validator holds all the validator stake: its attestation makes the output final.
        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(devnet.Host.Chain.FinalizedNumber >= interval), "the attested output finalized on the sequencer", seconds: 60);
        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Chain.FinalizedNumber >= interval), "the attested output finalized on the validator", seconds: 60);
        var status = await devnet.L2RequestAsync("pn_syncStatus");
        Assert.True(Convert.ToUInt64((string)status["finalized"]!, 16) >= interval);
    }
}
