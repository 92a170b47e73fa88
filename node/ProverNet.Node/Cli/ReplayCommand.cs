using System.CommandLine;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Core.Json;
using ProverNet.Node.Sequencing;
using ProverNet.Storage;

namespace ProverNet.Node.Cli;

/// <summary>
/// <c>provernet replay --data-dir D</c>: checks every table file's checksums, then re-executes every stored block from the stored genesis into a scratch store,
/// checking each block's state root and every other header field, and reports the first mismatch.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Exit code when a stored block does not re-execute to itself.</summary>
    public const int Mismatch = 1;

    /// <summary>Exit code when the data directory cannot be opened.</summary>
    public const int OpenError = 2;

    /// <summary>Exit code when the store's files are damaged or it is behind the node's head marker.</summary>
    public const int Damaged = 3;

    private static readonly Option<string> DataDirOption = new("--data-dir")
    {
        Description = "Data directory of a stopped node.",
        Required = true,
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("replay", "Re-execute the stored blocks from genesis and report any state root mismatch.");
        command.Options.Add(DataDirOption);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var dataDir = parseResult.GetValue(DataDirOption)!;
        if (!Directory.Exists(ChainDatabase.ChainDirectory(dataDir)))
        {
            await error.WriteLineAsync($"error: {dataDir} holds no chain").ConfigureAwait(false);
            return OpenError;
        }

        ChainDatabase database;
        try
        {
            database = ChainDatabase.Open(dataDir, genesisPath: null);
        }
        catch (StoreDamagedException damage)
        {
            await output.WriteLineAsync($"DAMAGED: {damage.Message}").ConfigureAwait(false);
            return Damaged;
        }
        catch (Exception failure) when (failure is InvalidOperationException or JsonFieldException or IOException)
        {
            await error.WriteLineAsync($"error: cannot open {dataDir} (is a node running on it?): {failure.Message}").ConfigureAwait(false);
            return OpenError;
        }

        using (database)
        {
            // Bytes damaged inside a table file are otherwise found only when a read reaches them.
            try
            {
                database.Store.VerifyChecksums();
            }
            catch (StoreDamagedException damage)
            {
                await output.WriteLineAsync($"DAMAGED: {damage.Message}").ConfigureAwait(false);
                return Damaged;
            }

            // The stored blocks only: the stored state is what is being checked, so it is not opened.
            var stored = new BlockStore(database.Store);
            var head = stored.Head ?? throw new InvalidDataException($"{dataDir} holds no blocks: the store is corrupt");

            // A scratch RocksDB next to the chain, so a long chain replays without holding its state in memory.
            var scratchDirectory = Path.Combine(dataDir, "replay-scratch");
            DeleteIfPresent(scratchDirectory);
            try
            {
                using var scratch = RocksDbStore.Open(scratchDirectory);
                var replay = new BlockProcessor(scratch, database.Genesis);
                try
                {
                    // Each block's senders are recovered while the one before it commits.
                    replay.ImportAll(StoredBlocks(stored, head.Number, cancellationToken));
                }
                catch (InvalidBlockException mismatch)
                {
                    await output.WriteLineAsync($"MISMATCH at block {replay.Head.Number + 1}: {mismatch.Message}").ConfigureAwait(false);
                    return Mismatch;
                }

                await output.WriteLineAsync(
                    $"replayed {head.Number} blocks from genesis: state root {replay.State.Root} matches block {head.Number}").ConfigureAwait(false);
            }
            finally
            {
                DeleteIfPresent(scratchDirectory);
            }
        }

        return 0;
    }

    private static IEnumerable<Block> StoredBlocks(BlockStore stored, ulong head, CancellationToken cancellationToken)
    {
        for (var number = 1UL; number <= head; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return stored.GetByNumber(number)
                ?? throw new InvalidDataException($"block {number} is missing below the head {head}: the store is corrupt");
        }
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
