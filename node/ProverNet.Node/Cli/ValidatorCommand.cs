using System.CommandLine;
using ProverNet.Core.Json;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Cli;

/// <summary>
/// <c>provernet validator --l1-rpc URL --deployments FILE --data-dir DIR [--genesis DIR] [--key-file F]</c>: rebuilds
/// the chain from L1 alone into DIR — the sequencer's batches in the inbox and the L1 inputs — and serves the same
/// JSON-RPC as the sequencer, until Ctrl-C. With a key file (the hex private key of a staked validator), it also
/// attests to each output it re-derived and challenges each it could not.
/// </summary>
public static class ValidatorCommand
{
    /// <summary>Exit code when the options, the deployment record or the genesis are wrong.</summary>
    public const int ConfigurationError = 2;

    private static readonly Option<string> L1RpcOption = new("--l1-rpc") { Description = "JSON-RPC URL of the L1 the chain settles on.", Required = true };

    private static readonly Option<string> DeploymentsOption = new("--deployments") { Description = "The deployment record of the chain's L1 contracts (a devnet's <data dir>/deployments.json).", Required = true };

    private static readonly Option<string> DataDirOption = new("--data-dir") { Description = "Directory of this validator's chain (empty on the first run).", Required = true };

    private static readonly Option<string?> GenesisOption = new("--genesis") { Description = "Genesis file or network folder (default: the genesis.json beside the deployment record)." };

    private static readonly Option<string?> KeyFileOption = new("--key-file") { Description = "File holding the hex private key of a staked validator: attest to and challenge outputs with it." };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("validator", "Rebuild the chain from L1 alone, serve its JSON-RPC, and attest to or challenge its outputs.");
        foreach (var option in new Option[] { L1RpcOption, DeploymentsOption, DataDirOption, GenesisOption, KeyFileOption })
        {
            command.Options.Add(option);
        }

        NodeConfiguration.AddOptions(command);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken invocationToken)
    {
        using var shutdown = new ShutdownSignal(invocationToken);
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        ChainDatabase database;
        NodeSettings settings;
        try
        {
            settings = Configure(parseResult);
            database = ChainDatabase.Open(settings.DataDir, settings.Genesis, settings.Storage.Durability);
        }
        catch (Exception failure) when (failure is InvalidOperationException or FileNotFoundException or JsonFieldException or IOException or ArgumentException)
        {
            await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return ConfigurationError;
        }

        using (database)
        {
            using var loggerFactory = NodeLogging.Create();
            ValidatorHost host;
            try
            {
                host = await ValidatorHost.StartAsync(database, settings, loggerFactory, shutdown.Token, ReadKey(parseResult)).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException)
            {
                await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
                return ConfigurationError;
            }

            await using (host.ConfigureAwait(false))
            {
                var genesis = database.Genesis;
                await output.WriteLineAsync($"ProverNet validator '{genesis.Name}' (L2 chain id {genesis.ChainId}) at block {host.Processor.Head.Number}, deriving from {settings.L1Rpc.Url}").ConfigureAwait(false);
                await output.WriteLineAsync($"L2 RPC: {host.RpcUrl.ToString().TrimEnd('/')} (WebSocket on the same address); press Ctrl-C to stop.").ConfigureAwait(false);
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.Infinite, shutdown.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C or SIGTERM.
                }

                await output.WriteLineAsync($"Stopped at block {host.Processor.Head.Number}, state root {host.Processor.Head.Header.StateRoot}").ConfigureAwait(false);
            }
        }

        return 0;
    }

    // The validator's key from --key-file (hex, whitespace around it ignored), or null.
    private static string? ReadKey(ParseResult parseResult)
    {
        if (parseResult.GetValue(KeyFileOption) is not { } path)
        {
            return null;
        }

        var key = File.ReadAllText(path).Trim();
        return ProverNet.Core.Hex.TryDecode(key, out var bytes, out _) && bytes.Length == 32
            ? key
            : throw new InvalidOperationException($"--key-file {path}: expected a hex private key (0x and 64 hex digits)");
    }

    // The settings, with the L1 URL, data directory and genesis from the options, the genesis checked against the record.
    private static NodeSettings Configure(ParseResult parseResult)
    {
        var settings = NodeConfiguration.Build(parseResult);
        var url = parseResult.GetValue(L1RpcOption)!;
        if (!L1ClientOptions.TryParseUrl(url, out var l1Url))
        {
            throw new ArgumentException($"--l1-rpc: expected an http(s) URL such as http://127.0.0.1:8545, got \"{url}\"");
        }

        var deploymentsPath = Path.GetFullPath(parseResult.GetValue(DeploymentsOption)!);
        var deployment = DevnetDeployment.Parse(File.ReadAllText(deploymentsPath), l1Url);
        var genesisPath = GenesisFile.Resolve(parseResult.GetValue(GenesisOption) ?? Path.GetDirectoryName(deploymentsPath)!);
        var genesis = GenesisFile.Load(genesisPath);
        if (genesis.L1.Contracts is not { } contracts)
        {
            throw new InvalidOperationException($"{genesisPath} names no l1.contracts: a validator derives the chain from L1 and needs them");
        }

        foreach (var (name, inGenesis) in contracts.Named)
        {
            var recorded = deployment.Contracts.TryGetValue(name, out var deployed) ? deployed.ToString() : "missing";
            if (recorded != inGenesis.ToString())
            {
                throw new InvalidOperationException($"{genesisPath} is not the genesis of {deploymentsPath}: its {name} is {inGenesis}, the record's {recorded}");
            }
        }

        settings.L1Rpc.Url = l1Url.ToString();
        settings.Settlement.DeploymentsFile = deploymentsPath;
        settings.DataDir = parseResult.GetValue(DataDirOption)!;
        settings.Genesis = genesisPath;
        SettingsValidator.Validate(settings);
        return settings;
    }
}
