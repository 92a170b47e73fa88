using Newtonsoft.Json.Linq;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>A sequencer, its batcher and a validator on an L1 of their own, which then drops a posted batch.</summary>
public sealed class BatchReorgTests
{
    [Fact]
    public async Task L1Reorg_DroppingAPostedBatch_TheBatcherPostsAgainAndTheValidatorResetsAndConverges()
    {
        await using var devnet = await OwnDevnet.StartAsync(settings =>
        {
            settings.Batcher.MaxDelayMs = 500;
            settings.Batcher.ResubmitAfterMs = 3_000;
        });
        var l1 = new DeployedL1(devnet.L1);
        await using var running = await TestValidator.StartAsync(devnet.Settings.L1Rpc.Url, devnet.L1.GenesisPath);
        var validator = running.Host;
        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Chain.SafeNumber >= 4), "the first batch derived");

        var snapshot = (await l1.RequestAsync("evm_snapshot")).Value<string>()!;
        var safeBefore = validator.Chain.SafeNumber;
        var batches = devnet.Host.Batcher!.Stats.Batches;
        await FollowingNodeFixture.WaitUntilAsync(
            () => Task.FromResult(devnet.Host.Batcher.Stats.Batches > batches && validator.Chain.SafeNumber > safeBefore + 2),
            "a batch posted after the snapshot and derived");
        var droppedSafe = validator.Chain.SafeNumber;

        Assert.True((await l1.RequestAsync("evm_revert", snapshot)).Value<bool>());

        // Both nodes take back what stood on the dropped L1 blocks; the batcher posts the blocks again.
        var reposted = devnet.Host.Batcher.Stats.Batches;
        await FollowingNodeFixture.WaitUntilAsync(
            () => Task.FromResult(devnet.Host.Batcher.Stats.Batches > reposted + 1 && validator.Chain.SafeNumber > droppedSafe + 4),
            "the blocks posted again and derived past where the dropped batch reached",
            seconds: 120);
        var upTo = validator.Chain.SafeNumber;
        for (var number = 1UL; number <= upTo; number++)
        {
            Assert.Equal(devnet.Host.Processor.Blocks.GetByNumber(number)!.Hash, validator.Chain.Blocks.GetByNumber(number)!.Hash);
        }
    }
}
