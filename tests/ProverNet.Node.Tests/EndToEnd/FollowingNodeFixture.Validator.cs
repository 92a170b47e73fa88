using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Chain.Blocks;
using ProverNet.Derivation.Batches;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Validation;

namespace ProverNet.Node.Tests.EndToEnd;

/// <summary>The fixture's second node: a validator with its own store and its own view of L1.</summary>
public sealed partial class FollowingNodeFixture
{
    /// <summary>
    /// Starts a fresh node from the same genesis, following the same L1 directly (not through <see cref="L1Link"/>), and
    /// imports every block the sequencer has stored through an <see cref="L1CheckedImporter"/>: each is re-executed with
    /// the L1 inputs this second node derives. Returns the blocks it stored, read back from its own RocksDB.
    /// </summary>
    public Task<IReadOnlyList<Block>> ValidateSequencedBlocksAsync() => WithValidatorAsync(async (importer, sequenced, cancellationToken) =>
    {
        foreach (var block in sequenced)
        {
            await importer.ImportAsync(block, cancellationToken);
        }
    });

    /// <summary>
    /// The same, but the second node sees only batches: the sequenced blocks are written into version-1 batches of 64
    /// blocks, decoded, and each block rebuilt from its batch entry and the L1 inputs derived here.
    /// </summary>
    public Task<IReadOnlyList<Block>> RebuildFromBatchesAsync() => WithValidatorAsync(async (importer, sequenced, cancellationToken) =>
    {
        foreach (var chunk in sequenced.Chunk(64))
        {
            var batch = BatchEncoder.Encode(Batch.Of(chunk));
            foreach (var block in BatchDecoder.Decode(batch, BatchLimits.Default).Blocks)
            {
                await importer.DeriveAsync(block, cancellationToken);
            }
        }
    });

    private async Task<IReadOnlyList<Block>> WithValidatorAsync(Func<L1CheckedImporter, IReadOnlyList<Block>, CancellationToken, Task> bringOver)
    {
        var stored = new BlockStore(Database.Store);
        var head = stored.HeadNumber!.Value;
        IReadOnlyList<Block> sequenced = [.. Enumerable.Range(1, (int)head).Select(number => stored.GetByNumber((ulong)number)!)];
        var dataDir = Directory.CreateTempSubdirectory("provernet-validator-").FullName;
        try
        {
            using var database = ChainDatabase.Open(dataDir, L1.GenesisPath, StorageDurability.None);
            var processor = database.OpenProcessor();
            await using var l1 = L1Follower.OverJsonRpc(new L1ClientOptions { Url = L1Url, PollIntervalMs = 50 }, database.Genesis.L1, processor.Head.Header.L1Origin, NullLogger.Instance);
            l1.Start();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await bringOver(new L1CheckedImporter(processor, l1, TimeProvider.System), sequenced, deadline.Token);
            var validated = new BlockStore(database.Store);
            return [.. Enumerable.Range(0, (int)head + 1).Select(number => validated.GetByNumber((ulong)number)!)];
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
