using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Core.Json;
using ProverNet.Derivation;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Validation;
using ProverNet.Storage;

namespace ProverNet.Node.Cli;

/// <summary>
/// <c>provernet replay --data-dir D [--l1-rpc URL]</c>: checks every table file's checksums, then re-executes every stored block from the stored genesis into a scratch store,
/// checking each block's state root and every other header field, and reports the first mismatch. With <c>--l1-rpc</c>
/// each block is re-executed with the L1 inputs derived from that L1 instead of the ones it carries, as a validator
/// does (<see cref="L1CheckedImporter"/>): the chain is checked against L1, not only against itself.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Exit code when a stored block does not re-execute to itself.</summary>
    public const int Mismatch = 1;

    /// <summary>Exit code when the data directory cannot be opened.</summary>
    public const int OpenError = 2;

    /// <summary>Exit code when the store's files are damaged or it is behind the node's head marker.</summary>
    public const int Damaged = 3;

    /// <summary>How long replay waits for L1 to give the L1 block a stored block takes as origin.</summary>
    private static readonly TimeSpan L1Patience = TimeSpan.FromSeconds(60);

    private static readonly Option<string> DataDirOption = new("--data-dir")
    {
        Description = "Data directory of a stopped node.",
        Required = true,
    };

    private static readonly Option<string?> L1RpcOption = new("--l1-rpc")
    {
        Description = "Also derive every block's L1 inputs from the L1 at this JSON-RPC URL and re-execute the block with them (a chain whose genesis follows L1).",
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("replay", "Re-execute the stored blocks from genesis and report any state root mismatch.");
        command.Options.Add(DataDirOption);
        command.Options.Add(L1RpcOption);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var dataDir = parseResult.GetValue(DataDirOption)!;
        Uri? l1Rpc = null;
        if (parseResult.GetValue(L1RpcOption) is { } url && !L1ClientOptions.TryParseUrl(url, out l1Rpc))
        {
            await error.WriteLineAsync($"error: --l1-rpc: expected an http(s) URL such as http://127.0.0.1:8545, got \"{url}\"").ConfigureAwait(false);
            return OpenError;
        }

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
            if (l1Rpc is not null && !database.Genesis.L1.FollowsL1)
            {
                await error.WriteLineAsync($"error: --l1-rpc: the chain in {dataDir} follows no L1 (its genesis names no l1.origin and l1.contracts)").ConfigureAwait(false);
                return OpenError;
            }

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
                    if (l1Rpc is null)
                    {
                        // Each block's senders are recovered while the one before it commits.
                        replay.ImportAll(StoredBlocks(stored, head.Number, cancellationToken));
                    }
                    else
                    {
                        await ReplayAgainstL1Async(replay, StoredBlocks(stored, head.Number, cancellationToken), l1Rpc, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (InvalidBlockException mismatch)
                {
                    await output.WriteLineAsync($"MISMATCH at block {replay.Head.Number + 1}: {mismatch.Message}").ConfigureAwait(false);
                    return Mismatch;
                }
                catch (TimeoutException late)
                {
                    await error.WriteLineAsync($"error: {late.Message}").ConfigureAwait(false);
                    return OpenError;
                }
                catch (DerivationException offL1)
                {
                    await output.WriteLineAsync($"MISMATCH at block {replay.Head.Number + 1}: {offL1.Message}").ConfigureAwait(false);
                    return Mismatch;
                }

                var against = l1Rpc is null ? string.Empty : $", each with the L1 inputs derived from {l1Rpc}";
                await output.WriteLineAsync(
                    $"replayed {head.Number} blocks from genesis{against}: state root {replay.State.Root} matches block {head.Number}").ConfigureAwait(false);
            }
            finally
            {
                DeleteIfPresent(scratchDirectory);
            }
        }

        return 0;
    }

    private static async Task ReplayAgainstL1Async(BlockProcessor replay, IEnumerable<Block> blocks, Uri l1Rpc, CancellationToken cancellationToken)
    {
        await using var l1 = L1Follower.OverJsonRpc(new L1ClientOptions { Url = l1Rpc.ToString() }, replay.Genesis.L1, replay.Head.Header.L1Origin, NullLogger.Instance);
        l1.Start();
        var importer = new L1CheckedImporter(replay, l1, TimeProvider.System);
        foreach (var block in blocks)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(L1Patience);
            try
            {
                await importer.ImportAsync(block, patience.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"{l1Rpc} did not give L1 block {block.Header.L1Origin.Number}, the origin of block {block.Number}, within {L1Patience.TotalSeconds} s (is it the chain's L1, and reachable?)");
            }
        }
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
