using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using ProverNet.Chain.Blocks;
using ProverNet.Derivation;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>A sequencer that can take back only 3 blocks, on an L1 of its own that then reorganizes under 8 or more.</summary>
public sealed class DeepReorgTests
{
    private const int RewindDepth = 3;

    [Fact]
    public async Task Reorg_DeeperThanTheBlocksTheNodeCanTakeBack_StopsItCriticallyWithItsStoreUnchanged()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-deep-reorg-").FullName;
        var settings = new NodeSettings { DataDir = dataDir };
        settings.Rpc.Port = 0;
        settings.Sequencer.BlockTimeMs = 250;
        settings.L1.BlockTimeSeconds = 1;
        settings.L1Rpc.PollIntervalMs = 100;
        settings.Storage.RewindDepthBlocks = RewindDepth;
        await using var l1 = await LocalL1.StartAsync(settings.L1, GenesisFile.Resolve(string.Empty), dataDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        settings.L1Rpc.Url = l1.Anvil.RpcUrl.ToString();
        var anvil = new Web3(settings.L1Rpc.Url).Client;
        Block headAtHalt;
        using (var database = ChainDatabase.Open(dataDir, l1.GenesisPath, StorageDurability.None))
        {
            await using var host = await NodeHost.StartAsync(database, settings, NullLoggerFactory.Instance, CancellationToken.None);
            using var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var running = host.RunAsync(stopping.Token);
            var snapshot = (await anvil.SendRequestAsync<JToken>(new RpcRequest(1, "evm_snapshot"))).Value<string>()!;
            var branchStart = (ulong)(await new Web3(settings.L1Rpc.Url).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
            await FollowingNodeFixture.WaitUntilAsync(
                () => Task.FromResult(BlocksOnOriginsFrom(host, branchStart) > 2 * RewindDepth + 2),
                "the sequencer to build more blocks on the new L1 blocks than it can take back");

            Assert.True((await anvil.SendRequestAsync<JToken>(new RpcRequest(1, "evm_revert", snapshot))).Value<bool>());

            var halted = await Assert.ThrowsAsync<DerivationException>(() => running.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.Equal(DerivationErrorKind.Critical, halted.Kind);
            Assert.Contains("Storage:RewindDepthBlocks", halted.Message, StringComparison.Ordinal);
            headAtHalt = host.Processor.Head;
        }

        using var reopened = ChainDatabase.Open(dataDir, null, StorageDurability.None);
        Assert.Equal(headAtHalt, new BlockStore(reopened.Store).Head);
        Assert.Equal(headAtHalt.Header.StateRoot, reopened.OpenProcessor().State.Root);
        Directory.Delete(dataDir, recursive: true);
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
