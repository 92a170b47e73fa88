using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using ProverNet.Chain.Blocks;
using ProverNet.Derivation;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>A sequencer that can take back only 3 blocks, on an L1 of its own that then reorganizes under 8 or more.</summary>
public sealed class DeepReorgTests
{
    private const int RewindDepth = 3;

    [Fact]
    public async Task Reorg_DeeperThanTheBlocksTheNodeCanTakeBack_StopsItCriticallyWithItsStoreUnchanged()
    {
        await using var devnet = await OwnDevnet.StartAsync(settings => settings.Storage.RewindDepthBlocks = RewindDepth);
        var anvil = new Web3(devnet.Settings.L1Rpc.Url).Client;
        var snapshot = (await anvil.SendRequestAsync<JToken>(new RpcRequest(1, "evm_snapshot"))).Value<string>()!;
        var branchStart = (ulong)(await new Web3(devnet.Settings.L1Rpc.Url).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        await FollowingNodeFixture.WaitUntilAsync(
            () => Task.FromResult(BlocksOnOriginsFrom(devnet.Host, branchStart) > 2 * RewindDepth + 2),
            "the sequencer to build more blocks on the new L1 blocks than it can take back");

        Assert.True((await anvil.SendRequestAsync<JToken>(new RpcRequest(1, "evm_revert", snapshot))).Value<bool>());

        var halted = await Assert.ThrowsAsync<DerivationException>(() => devnet.Running.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(DerivationErrorKind.Critical, halted.Kind);
        Assert.Contains("Storage:RewindDepthBlocks", halted.Message, StringComparison.Ordinal);
        var headAtHalt = devnet.Host.Processor.Head;
        await devnet.StopNodeAsync();
        using var reopened = ChainDatabase.Open(devnet.DataDir, null, StorageDurability.None);
        Assert.Equal(headAtHalt, new BlockStore(reopened.Store).Head);
        Assert.Equal(headAtHalt.Header.StateRoot, reopened.OpenProcessor().State.Root);
    }

    private static int BlocksOnOriginsFrom(NodeHost host, ulong firstL1Block)
    {
        var count = 0;
        for (var block = host.Processor.Head; block.Header.L1Origin.Number >= firstL1Block; block = host.Processor.Blocks.GetByNumber(block.Number - 1)!)
        {
            count++;
        }

        return count;
    }
}
