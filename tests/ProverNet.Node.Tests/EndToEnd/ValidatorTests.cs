using ProverNet.Chain.Blocks;

namespace ProverNet.Node.Tests.EndToEnd;

[Collection(FollowingNode.Name)]
public sealed class ValidatorTests(FollowingNodeFixture devnet)
{
    [Fact]
    public async Task Validator_DerivingTheSameL1FromTheSequencedTransactions_StoresByteIdenticalBlocks()
    {
        const string recipient = "0x00000000000000000000000000000000000de7a1";
        await devnet.DepositAsync(4, recipient, 4_321);
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(recipient) == 4_321, "the deposit on L2");
        var sequenced = new BlockStore(devnet.Database.Store);

        var validated = await devnet.ValidateSequencedBlocksAsync();

        Assert.True(validated.Count > 1);
        Assert.Contains(validated, block => block.Body.OpeningSystemTransactions.Count > 0);
        Assert.All(validated, block => Assert.Equal(sequenced.GetByNumber(block.Number)!.Encode(), block.Encode()));
    }

    [Fact]
    public async Task Validator_RebuildingEachBlockFromBatchesOfTheSequencedBlocks_StoresByteIdenticalBlocks()
    {
        const string recipient = "0x00000000000000000000000000000000000de7a3";
        await devnet.DepositAsync(4, recipient, 1_234);
        await FollowingNodeFixture.WaitUntilAsync(async () => await devnet.L2BalanceAsync(recipient) == 1_234, "the deposit on L2");
        var sequenced = new BlockStore(devnet.Database.Store);

        var rebuilt = await devnet.RebuildFromBatchesAsync();

        Assert.Contains(rebuilt, block => block.Body.OpeningSystemTransactions.Count > 0);
        Assert.All(rebuilt, block => Assert.Equal(sequenced.GetByNumber(block.Number)!.Encode(), block.Encode()));
    }
}
