using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Tests.Support;

/// <summary>
/// A devnet of a test's own, for tests that must do to L1 what the shared devnet's other tests could not bear: anvil with
/// the contracts deployed, and a sequencer in this process following it directly (250 ms blocks, 1 s L1 blocks).
/// </summary>
public sealed class OwnDevnet : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new(TimeSpan.FromMinutes(3));
    private ChainDatabase? database;
    private NodeHost? host;

    private OwnDevnet(LocalL1 l1, NodeSettings settings)
    {
        L1 = l1;
        Settings = settings;
    }

    /// <summary>The L1.</summary>
    public LocalL1 L1 { get; }

    /// <summary>The node's settings.</summary>
    public NodeSettings Settings { get; }

    /// <summary>The node's data directory.</summary>
    public string DataDir => Settings.DataDir;

    /// <summary>The running node.</summary>
    public NodeHost Host => host ?? throw new InvalidOperationException("the node is stopped");

    /// <summary>The node's run, which ends when it stops (or fails).</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    /// <summary>Starts anvil, deploys, and starts the node with <paramref name="configure"/>'s changes to the settings.</summary>
    public static async Task<OwnDevnet> StartAsync(Action<NodeSettings>? configure = null)
    {
        var settings = new NodeSettings { DataDir = Directory.CreateTempSubdirectory("provernet-own-devnet-").FullName };
        settings.Rpc.Port = 0;
        settings.Sequencer.BlockTimeMs = 250;
        settings.L1.BlockTimeSeconds = 1;
        settings.L1Rpc.PollIntervalMs = 100;
        configure?.Invoke(settings);
        var l1 = await LocalL1.StartAsync(settings.L1, GenesisFile.Resolve(string.Empty), settings.DataDir, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);
        settings.L1Rpc.Url = l1.Anvil.RpcUrl.ToString();
        var devnet = new OwnDevnet(l1, settings);
        devnet.database = ChainDatabase.Open(settings.DataDir, l1.GenesisPath, StorageDurability.None);
        devnet.host = await NodeHost.StartAsync(devnet.database, settings, NullLoggerFactory.Instance, CancellationToken.None);
        devnet.Running = devnet.host.RunAsync(devnet.stopping.Token);
        return devnet;
    }

    /// <summary>Stops the node and closes its store (anvil keeps running), so that the data directory can be reopened.</summary>
    public async Task StopNodeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await Running;
        }
        catch (Exception) when (Running.IsFaulted)
        {
            // The test has looked at how the node stopped; only the store matters now.
        }

        if (host is not null)
        {
            await host.DisposeAsync();
            host = null;
        }

        database?.Dispose();
        database = null;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopNodeAsync();
        await L1.DisposeAsync();
        stopping.Dispose();
        Directory.Delete(DataDir, recursive: true);
    }
}
