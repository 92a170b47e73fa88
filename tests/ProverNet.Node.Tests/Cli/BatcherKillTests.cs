using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain.Blocks;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.EndToEnd;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

/// <summary>The sequencer process — and its batcher with it — killed -9 while it posts, on an L1 of the test's own.</summary>
public sealed class BatcherKillTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sequencer_KilledWhilePostingAndRestarted_ValidatorGetsEveryBlockOnceFromL1()
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-batcher-kill-").FullName;
        var anvilOptions = new AnvilOptions { BlockTimeSeconds = 1 };
        await using var l1 = await LocalL1.StartAsync(anvilOptions, GenesisFile.Resolve(string.Empty), dataDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        try
        {
            var pause = new Random(14);
            for (var round = 0; round < 3; round++)
            {
                using var node = StartSequencer(dataDir, l1);
                try
                {
                    await WaitForLineAsync(node, "Producing a block");
                    await Task.Delay(pause.Next(1_500, 3_000));
                }
                finally
                {
                    node.Kill(); // SIGKILL, whatever frame is on its way to L1
                    await node.WaitForExitAsync();
                }
            }

            ulong head;
            using (var sequenced = ChainDatabase.Open(dataDir, genesisPath: null, StorageDurability.None))
            {
                head = new BlockStore(sequenced.Store).HeadNumber!.Value;
            }

            // Restarted, it posts from the safe head L1 shows on; a validator with nothing but L1 takes every block once.
            using var restarted = StartSequencer(dataDir, l1);
            await using var validator = await TestValidator.StartAsync(l1.Anvil.RpcUrl.ToString(), l1.GenesisPath);
            try
            {
                await WaitForLineAsync(restarted, "Producing a block");
                await FollowingNodeFixture.WaitUntilAsync(() => Task.FromResult(validator.Host.Chain.SafeNumber >= head), $"the validator at block {head}", seconds: 90);
            }
            finally
            {
                restarted.Kill();
                await restarted.WaitForExitAsync();
            }

            using var sequencer = ChainDatabase.Open(dataDir, genesisPath: null, StorageDurability.None);
            var sequencedBlocks = new BlockStore(sequencer.Store);
            var safe = validator.Host.Chain.SafeNumber;
            Assert.True(safe >= head);
            for (var number = 1UL; number <= safe; number++)
            {
                Assert.Equal(sequencedBlocks.GetByNumber(number)!.Hash, validator.Host.Chain.Blocks.GetByNumber(number)!.Hash);
            }
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static Process StartSequencer(string dataDir, LocalL1 l1) => ProvernetProcess.Start(
        "node", "--data-dir", dataDir, "--genesis", l1.GenesisPath,
        "--set", $"L1Rpc:Url={l1.Anvil.RpcUrl}", "--set", "L1Rpc:PollIntervalMs=100", "--set", "Rpc:Port=0",
        "--set", "Sequencer:BlockTimeMs=250", "--set", "Sequencer:SyntheticLoadPerBlock=20", "--set", "Batcher:MaxDelayMs=300");

    // Waits for the line, then keeps both streams drained: a node whose log pipe fills stops making blocks.
    private static async Task WaitForLineAsync(Process node, string start)
    {
        var errors = node.StandardError.ReadToEndAsync();
        while (await node.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout) is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                _ = node.StandardOutput.ReadToEndAsync();
                return;
            }
        }

        throw new InvalidOperationException("the node exited before starting: " + await errors);

    }
}
