using System.CommandLine;
using Microsoft.Extensions.Logging;
using ProverNet.Chain.Execution;
using ProverNet.Core.Json;
using ProverNet.Core.Transactions;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;
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
            var dataDir = parseResult.GetValue(DataDirOption) ?? settings.DataDir;
            // A new data directory starts from the checkout's devnet genesis unless told otherwise.
            var genesis = parseResult.GetValue(GenesisOption) ?? NullIfEmpty(settings.Genesis)
                ?? (Directory.Exists(ChainDatabase.ChainDirectory(dataDir)) ? null : string.Empty);
            database = ChainDatabase.Open(dataDir, genesis);
        }
        catch (Exception failure) when (failure is InvalidOperationException or FileNotFoundException or JsonFieldException or IOException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return ConfigurationError;
        }

        using (database)
        {
            using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
            var processor = database.OpenProcessor();
            var genesis = database.Genesis;
            ITransactionSource source;
            try
            {
                source = CreateSource(settings.Sequencer, processor, genesis);
            }
            catch (InvalidOperationException failure)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
                return ConfigurationError;
            }

            var producer = new BlockProducer(processor, source, new BlockFeed(), TimeProvider.System, loggerFactory.CreateLogger("sequencer"));
            var blockTime = TimeSpan.FromMilliseconds(settings.Sequencer.BlockTimeMs > 0 ? settings.Sequencer.BlockTimeMs : genesis.Rollup.BlockTimeMs);
            await output.WriteLineAsync($"ProverNet node '{genesis.Name}' (L2 chain id {genesis.ChainId}) at block {processor.Head.Number}, state root {processor.Head.Header.StateRoot}").ConfigureAwait(false);
            await output.WriteLineAsync($"Producing a block every {blockTime.TotalMilliseconds} ms; press Ctrl-C to stop.").ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await producer.RunAsync(blockTime, shutdown.Token).ConfigureAwait(false);
            await output.WriteLineAsync($"Stopped at block {processor.Head.Number}, state root {processor.Head.Header.StateRoot}").ConfigureAwait(false);
        }

        return 0;
    }

    private static ITransactionSource CreateSource(SequencerOptions options, BlockProcessor processor, Chain.Genesis.ChainGenesis genesis)
    {
        if (options.SyntheticLoadPerBlock <= 0)
        {
            return new QueueTransactionSource();
        }

        var marketClass = genesis.Parameters.Classes.FirstOrDefault(candidate => candidate.Id == options.SyntheticLoadClassId)
            ?? throw new InvalidOperationException($"Sequencer:SyntheticLoadClassId {options.SyntheticLoadClassId} is not a class of the genesis");
        var provers = genesis.Provers.Select(prover => prover.Address).ToHashSet();
        var signers = DevAccounts.All.Select(account => TransactionSigner.FromHex(account.PrivateKey)).ToList();
        var proverSigners = signers.Where(signer => provers.Contains(signer.Address)).ToList();
        var requesters = signers.Where(signer => !provers.Contains(signer.Address) && signer.Address != genesis.Rollup.Sequencer).Take(proverSigners.Count).ToList();
        return new SyntheticLoad(
            processor.State, genesis.ChainId, options.SyntheticLoadPerBlock, new MarketClassTarget(marketClass.Id, marketClass.InitialReferencePrice), requesters, proverSigners);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
