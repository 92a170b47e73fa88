using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Tests.Support;

/// <summary>A validator in this process on an empty data directory of its own, deriving from an L1 (removed on dispose).</summary>
public sealed class TestValidator : IAsyncDisposable
{
    private readonly ChainDatabase database;
    private readonly string dataDir;

    private TestValidator(string dataDir, ChainDatabase database, ValidatorHost host)
    {
        this.dataDir = dataDir;
        this.database = database;
        Host = host;
    }

    /// <summary>The running validator.</summary>
    public ValidatorHost Host { get; }

    /// <summary>Starts a validator of the chain of <paramref name="genesisPath"/> on <paramref name="l1Url"/>, with <paramref name="configure"/>'s settings and, given, a staked key.</summary>
    public static async Task<TestValidator> StartAsync(string l1Url, string genesisPath, Action<NodeSettings>? configure = null, string? validatorKey = null)
    {
        var dataDir = Directory.CreateTempSubdirectory("provernet-test-validator-").FullName;
        var settings = new NodeSettings { DataDir = dataDir };
        settings.Rpc.Port = 0;
        settings.L1Rpc.Url = l1Url;
        settings.L1Rpc.PollIntervalMs = 100;
        settings.Settlement.PollIntervalMs = 200;
        configure?.Invoke(settings);
        var database = ChainDatabase.Open(dataDir, genesisPath, StorageDurability.None);
        try
        {
            return new TestValidator(dataDir, database, await ValidatorHost.StartAsync(database, settings, NullLoggerFactory.Instance, CancellationToken.None, validatorKey));
        }
        catch
        {
            database.Dispose();
            Directory.Delete(dataDir, recursive: true);
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        database.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }
}
