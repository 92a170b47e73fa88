using Newtonsoft.Json.Linq;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation;
using ProverNet.Node.L1;
using ProverNet.Storage;

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

    // Every L2 block names a canonical L1 block, a block that takes a new origin opens with exactly what derivation makes
    // of that L1 block's logs, and a fresh node importing the blocks re-executes each to the same bytes and state root.
    private async Task ExpectDerivedFromL1Async()
    {
        var l1 = new JsonRpcL1Source(devnet.L1.Anvil.RpcUrl, TimeSpan.FromSeconds(5));
        var genesis = devnet.Database.Genesis;
        var contracts = genesis.L1.Contracts!;
        var stored = new BlockStore(devnet.Database.Store);
        var head = stored.HeadNumber!.Value;
        var blocks = Enumerable.Range(0, (int)head + 1).Select(number => stored.GetByNumber((ulong)number)!).ToList();
        for (var i = 1; i < blocks.Count; i++)
        {
            var origin = blocks[i].Header.L1Origin;
            var canonical = await l1.GetBlockByNumberAsync(origin.Number, CancellationToken.None);
            Assert.Equal(canonical!.Value.Origin, origin);
            if (origin != blocks[i - 1].Header.L1Origin)
            {
                var logs = await l1.GetLogsAsync(origin.Number, origin.Number, contracts.All, CancellationToken.None);
                var derived = L1InputStage.Decode(new L1BlockLogs(canonical.Value, logs), contracts);
                Assert.Equal(derived.Inputs.Select(input => input.ToSystemTransaction()), blocks[i].Body.OpeningSystemTransactions);
            }
        }

        using var fresh = new MemoryStore();
        var replay = new BlockProcessor(fresh, genesis);
        replay.ImportAll(blocks.Skip(1));
        Assert.Equal(blocks[^1].Hash, replay.Head.Hash);
        Assert.Equal(blocks[^1].Header.StateRoot, replay.State.Root);
    }
}
