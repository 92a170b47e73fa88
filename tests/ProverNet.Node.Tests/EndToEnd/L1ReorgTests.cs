using Newtonsoft.Json.Linq;
using ProverNet.Chain.Blocks;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class L1ReorgTests(FollowingNodeFixture devnet)
{
    [Fact]
    public async Task Reorg_UnderADeposit_RewindsAndEndsAsAFreshNodeOfTheFinalL1Chain()
    {
        const string gone = "0x00000000000000000000000000000000000de9a1";
        const string kept = "0x00000000000000000000000000000000000de9b2";
        var snapshot = (await devnet.L1RequestAsync("evm_snapshot")).Value<string>()!;
        await devnet.DepositAsync(6, gone, 111);
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(gone) == 111, "the first deposit on L2");
        var reorgsBefore = devnet.Host.L1!.Status.Reorgs;

        // L1 drops the deposit's blocks; its new branch holds another deposit and grows past the old one.
        Assert.True((await devnet.L1RequestAsync("evm_revert", snapshot)).Value<bool>());
        await devnet.DepositAsync(7, kept, 222);

        await FollowingNodeFixture.WaitUntilAsync(
            async () => await devnet.L2BalanceAsync(kept) == 222 && await devnet.L2BalanceAsync(gone) == 0, "the rewind and the deposit of the new branch", seconds: 60);
        Assert.True(devnet.Host.L1.Status.Reorgs > reorgsBefore);
        await ExpectDerivedFromL1Async();
    }

    // A fresh node deriving from the final L1 chain takes every block as it is, to the byte.
    private async Task ExpectDerivedFromL1Async()
    {
        var sequenced = new BlockStore(devnet.Database.Store);
        var validated = await devnet.ValidateSequencedBlocksAsync();
        Assert.All(validated, block => Assert.Equal(sequenced.GetByNumber(block.Number)!.Encode(), block.Encode()));
    }
}
