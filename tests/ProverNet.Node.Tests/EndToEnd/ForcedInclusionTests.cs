using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>A sequencer that posts no batches, on an L1 of its own: the sequencing window runs out.</summary>
public sealed class ForcedInclusionTests
{
    [Fact]
    public async Task Withholding_BatchesPastTheSequencingWindow_ForcesTheDepositInOnTheValidatorAndTheSequencerGivesWay()
    {
        await using var devnet = await OwnDevnet.StartAsync(settings => settings.Batcher.Enabled = false);
        var l1 = new DeployedL1(devnet.L1);
        var recipient = Address.Parse("0x00000000000000000000000000000000000f0ced");
        var deposit = await l1.DepositAsync(6, recipient.ToString(), 9_753);
        var depositBlock = (ulong)deposit.BlockNumber.Value;
        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(devnet.Host.Processor.Head.Header.L1Origin.Number >= depositBlock), "the sequencer to take the deposit's L1 block");
        var window = devnet.Host.Chain.Genesis.Rollup.SequencingWindowL1Blocks;

        // No batch is posted: once the window has passed the deposit's L1 block, derivation makes its blocks itself.
        await l1.RequestAsync("anvil_mine", $"0x{window + 2:x}");
        await using var running = await TestValidator.StartAsync(devnet.Settings.L1Rpc.Url, devnet.L1.GenesisPath);
        var validator = running.Host;

        await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Processor.Head.Header.L1Origin.Number >= depositBlock), "the validator to force the deposit's L1 block in", seconds: 60);

        Assert.Equal(new Amount(9_753), validator.Chain.GetAccount(recipient).Balance);
        var forced = FirstWithOrigin(validator.Chain.Blocks, validator.Processor.Head.Number, depositBlock);
        Assert.Empty(forced.Body.UserTransactions);
        Assert.NotEmpty(forced.Body.OpeningSystemTransactions);

        // The sequencer derives the same from L1 and puts L1's blocks in place of its own.
        await FollowingNodeFixture.WaitUntilAsync(
            () => Task.FromResult(devnet.Host.Processor.Blocks.GetByNumber(forced.Number)?.Hash == forced.Hash && devnet.Host.Chain.SafeNumber >= forced.Number),
            "the sequencer to give way to the forced block",
            seconds: 60);
    }

    private static Block FirstWithOrigin(BlockStore blocks, ulong head, ulong origin)
    {
        for (var number = 1UL; number <= head; number++)
        {
            var block = blocks.GetByNumber(number)!;
            if (block.Header.L1Origin.Number == origin)
            {
                return block;
            }
        }

        throw new InvalidOperationException($"no block takes L1 block {origin} as origin");
    }
}
