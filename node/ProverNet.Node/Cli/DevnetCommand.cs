using System.CommandLine;
using ProverNet.Core.Json;
using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Cli;

/// <summary><c>provernet devnet</c>: a local L1 with the contracts deployed per genesis, until Ctrl-C.</summary>
public static class DevnetCommand
{
    /// <summary>Exit code for bad configuration or genesis.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Exit code when the local L1 cannot start or the deployment fails.</summary>
    public const int StartError = 3;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("devnet", "Start a local L1 (anvil), deploy the contracts per genesis, print addresses and RPC URLs, and run until Ctrl-C.");
        NodeConfiguration.AddOptions(command);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken invocationToken)
    {
        using var shutdown = new ShutdownSignal(invocationToken);
        var cancellationToken = shutdown.Token;
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        NodeSettings settings;
        string genesisPath;
        Chain.Genesis.ChainGenesis genesis;
        try
        {
            settings = NodeConfiguration.Build(parseResult);
            SettingsValidator.Validate(settings);
            genesisPath = GenesisFile.Resolve(settings.Genesis);
            genesis = GenesisFile.Load(genesisPath);
            SettingsValidator.ValidateFor(settings, genesis);
        }
        catch (Exception failure) when (failure is InvalidOperationException or FileNotFoundException or JsonFieldException)
        {
            await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return ConfigurationError;
        }

        using var loggerFactory = NodeLogging.Create();
        var logger = loggerFactory.CreateLogger("devnet");
        settings.L1.ChainId = genesis.L1.ChainId;
        LocalL1 l1;
        try
        {
            l1 = await LocalL1.StartAsync(
                settings.L1, genesisPath, settings.DataDir, TimeSpan.FromMilliseconds(settings.L1Rpc.CallTimeoutMs), logger, cancellationToken).ConfigureAwait(false);
        }
        catch (DevnetStartException failure)
        {
            await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return StartError;
        }

        await using (l1.ConfigureAwait(false))
        {
            var anvil = l1.Anvil;
            await output.WriteLineAsync($"ProverNet devnet '{genesis.Name}' (L2 chain id {genesis.ChainId})").ConfigureAwait(false);
            await output.WriteLineAsync($"L1 RPC: {anvil.RpcUrl} (chain id {anvil.ChainId}, anvil pid {anvil.ProcessId})").ConfigureAwait(false);
            foreach (var (name, address) in l1.Deployment.Contracts)
            {
                await output.WriteLineAsync($"{name}: {address.ToChecksumString()}").ConfigureAwait(false);
            }

            foreach (var (prover, vault) in l1.Deployment.ProverVaults)
            {
                await output.WriteLineAsync($"Prover {prover.ToChecksumString()} staked, vault {vault.ToChecksumString()}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"Deployments: {l1.DeploymentPath}").ConfigureAwait(false);
            await output.WriteLineAsync("Dev accounts: the public keys of the mnemonic \"" + DevAccounts.Mnemonic + "\" (never use them with real value)").ConfigureAwait(false);
            await output.WriteLineAsync(
                $"Genesis: {l1.GenesisPath} (L2 follows L1 from block {l1.Origin.Number + 1}; an L1 block every {settings.L1.BlockTimeSeconds} s)").ConfigureAwait(false);

            // The L1 is new on every run, so the L2 chain starts again from genesis too.
            settings.L1Rpc.Url = anvil.RpcUrl.ToString();
            ChainDatabase.Delete(settings.DataDir);
            using var database = ChainDatabase.Open(settings.DataDir, l1.GenesisPath, settings.Storage.Durability);
            var host = await NodeHost.StartAsync(database, settings, loggerFactory, cancellationToken).ConfigureAwait(false);
            await using (host.ConfigureAwait(false))
            {
                await output.WriteLineAsync($"L2 RPC: {host.RpcUrl.ToString().TrimEnd('/')} (chain id {genesis.ChainId}, WebSocket on the same address)").ConfigureAwait(false);
                await output.WriteLineAsync("Running; press Ctrl-C to stop.").ConfigureAwait(false);
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                if (await HostRun.UntilStoppedAsync(host, error, cancellationToken).ConfigureAwait(false) is { } halted)
                {
                    return halted;
                }

                await output.WriteLineAsync($"Stopping at L2 block {host.Processor.Head.Number}: shutting down the node and anvil.").ConfigureAwait(false);
            }
        }

        return 0;
    }
}
