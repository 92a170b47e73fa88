using System.CommandLine;
using ProverNet.Core.Json;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Cli;

/// <summary><c>provernet node</c>: one sequencer node over its own data directory, until Ctrl-C or SIGTERM.</summary>
public static class NodeCommand
{
    /// <summary>Exit code for bad configuration, genesis or data directory.</summary>
    public const int ConfigurationError = 2;

    private static readonly Option<string?> GenesisOption = new("--genesis")
    {
        Description = "Genesis file or network folder for a new data directory (default: the checkout's genesis/devnet); an existing one keeps its own.",
    };

    private static readonly Option<string?> DataDirOption = new("--data-dir")
    {
        Description = "Directory of the node's chain (default: the DataDir setting, .devnet).",
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("node", "Run a sequencer node: produce, execute and store a block every block time, until Ctrl-C.");
        command.Options.Add(GenesisOption);
        command.Options.Add(DataDirOption);
        NodeConfiguration.AddOptions(command);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken invocationToken)
    {
        using var shutdown = new ShutdownSignal(invocationToken);
        var output = parseResult.InvocationConfiguration.Output;
        ChainDatabase database;
        NodeSettings settings;
        try
        {
            settings = NodeConfiguration.Build(parseResult);
            SettingsValidator.Validate(settings);
            var dataDir = parseResult.GetValue(DataDirOption) ?? settings.DataDir;
            // A new data directory starts from the checkout's devnet genesis unless told otherwise.
            var genesis = parseResult.GetValue(GenesisOption) ?? NullIfEmpty(settings.Genesis)
                ?? (Directory.Exists(ChainDatabase.ChainDirectory(dataDir)) ? null : string.Empty);
            database = ChainDatabase.Open(dataDir, genesis, settings.Storage.Durability);
        }
        catch (Exception failure) when (failure is InvalidOperationException or FileNotFoundException or JsonFieldException or IOException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return ConfigurationError;
        }

        using (database)
        {
            using var loggerFactory = NodeLogging.Create();
            NodeHost host;
            try
            {
                host = await NodeHost.StartAsync(database, settings, loggerFactory, shutdown.Token).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
                return ConfigurationError;
            }

            await using (host.ConfigureAwait(false))
            {
                var genesis = database.Genesis;
                var head = host.Processor.Head;
                await output.WriteLineAsync($"ProverNet node '{genesis.Name}' (L2 chain id {genesis.ChainId}) at block {head.Number}, state root {head.Header.StateRoot}").ConfigureAwait(false);
                await output.WriteLineAsync($"L2 RPC: {host.RpcUrl.ToString().TrimEnd('/')} (WebSocket on the same address)").ConfigureAwait(false);
                await output.WriteLineAsync($"Producing a block every {host.BlockTime.TotalMilliseconds} ms; press Ctrl-C to stop.").ConfigureAwait(false);
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                if (await HostRun.UntilStoppedAsync(host, parseResult.InvocationConfiguration.Error, shutdown.Token).ConfigureAwait(false) is { } halted)
                {
                    return halted;
                }

                await output.WriteLineAsync($"Stopped at block {host.Processor.Head.Number}, state root {host.Processor.Head.Header.StateRoot}").ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
