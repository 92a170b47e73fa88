using System.Text;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Node.Hosting;
using ProverNet.Storage;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// A node's chain on disk: RocksDB under <c>&lt;data dir&gt;/chain</c>, with the genesis it was started from kept inside,
/// so a restart, a replay or a copy of the directory needs nothing else to know which chain it holds.
/// </summary>
public sealed class ChainDatabase : IDisposable
{
    private static readonly byte[] GenesisKey = "genesis.json"u8.ToArray();

    private readonly HeadMarker marker;

    private ChainDatabase(RocksDbStore store, ChainGenesis genesis, string genesisJson, HeadMarker marker)
    {
        this.marker = marker;
        Store = store;
        Genesis = genesis;
        GenesisJson = genesisJson;
    }

    /// <summary>The key-value store.</summary>
    public RocksDbStore Store { get; }

    /// <summary>The chain's genesis.</summary>
    public ChainGenesis Genesis { get; }

    /// <summary>The genesis document as stored.</summary>
    public string GenesisJson { get; }

    /// <summary>Where the chain lives inside <paramref name="dataDir"/>.</summary>
    public static string ChainDirectory(string dataDir) => Path.Combine(dataDir, "chain");

    /// <summary>
    /// Opens (or creates) the chain in <paramref name="dataDir"/>. A new directory takes <paramref name="genesisPath"/>
    /// (a file, or a network folder holding genesis.json); an existing one keeps its own genesis and refuses a different one.
    /// </summary>
    /// <remarks>
    /// A store whose head is below the node's <see cref="HeadMarker"/>, or holds another block at the marker's height,
    /// lost blocks the node had served: it is not opened, so the node cannot publish a second block at those heights.
    /// </remarks>
    /// <exception cref="InvalidOperationException">No genesis for a new directory, or a different genesis than the stored one.</exception>
    /// <exception cref="IOException">The directory cannot be used (in use, a file, unwritable).</exception>
    /// <exception cref="StoreDamagedException">The store's files are damaged, or the store is behind the head marker.</exception>
    public static ChainDatabase Open(string dataDir, string? genesisPath, StorageDurability durability = StorageDurability.Fsync)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        var sync = durability == StorageDurability.Fsync;
        var store = RocksDbStore.Open(ChainDirectory(dataDir), RocksDbStoreOptions.Default with { SyncWrites = sync });
        try
        {
            var stored = store.Get(ColumnFamily.Metadata, GenesisKey) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
            var given = genesisPath is null ? null : File.ReadAllText(GenesisFile.Resolve(genesisPath));
            var json = stored ?? given ?? throw new InvalidOperationException(
                $"{dataDir} holds no chain yet: give the genesis to start one (--genesis genesis/devnet)");
            var genesis = GenesisLoader.Parse(json);
            if (stored is not null && given is not null
                && GenesisBlock.Build(GenesisLoader.Parse(given)).Hash != GenesisBlock.Build(genesis).Hash)
            {
                throw new InvalidOperationException($"{dataDir} holds chain '{genesis.Name}' of another genesis than {genesisPath}");
            }

            if (stored is null)
            {
                using var batch = store.StartBatch();
                batch.Put(ColumnFamily.Metadata, GenesisKey, Encoding.UTF8.GetBytes(json));
                batch.Commit();
            }

            var marker = new HeadMarker(dataDir, sync);
            CheckAgainst(marker, new BlockStore(store), dataDir);
            return new ChainDatabase(store, genesis, json, marker);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Deletes the chain of <paramref name="dataDir"/> and its head marker (a devnet whose L1 starts anew).</summary>
    public static void Delete(string dataDir)
    {
        var chainDirectory = ChainDirectory(dataDir);
        if (Directory.Exists(chainDirectory))
        {
            Directory.Delete(chainDirectory, recursive: true);
        }

        HeadMarker.Delete(dataDir);
    }

    /// <summary>Records <paramref name="block"/>, just committed, as the head this node has served.</summary>
    public void RecordHead(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        marker.Write(block.Number, block.Hash);
    }

    /// <summary>Refuses a store that is behind, or off, the head the node recorded.</summary>
    private static void CheckAgainst(HeadMarker marker, BlockStore blocks, string dataDir)
    {
        if (marker.Read() is not { } recorded)
        {
            return;
        }

        var head = blocks.HeadNumber;
        if (head is null || head < recorded.Number)
        {
            throw new StoreDamagedException(
                $"the chain store in {dataDir} is at block {(head is null ? "none" : head)} but this node had published block {recorded.Number}: " +
                "the store lost blocks it had served (damaged or replaced by an older copy). Not started, nothing changed. " +
                "Keep the directory for diagnosis and start from a fresh data directory (`provernet replay` checks what is left)");
        }

        if (blocks.GetByNumber(recorded.Number)?.Hash is not { } stored || stored != recorded.Hash)
        {
            throw new StoreDamagedException(
                $"the chain store in {dataDir} holds another block {recorded.Number} than the {recorded.Hash} this node published: " +
                "not started, nothing changed. Start from a fresh data directory");
        }
    }

    /// <summary>The block processor over this chain (resuming at the last committed block).</summary>
    /// <param name="rewindDepth">How many of the newest blocks keep an undo record (0: none).</param>
    public BlockProcessor OpenProcessor(ulong rewindDepth = 0) => new(Store, Genesis, rewindDepth);

    /// <inheritdoc/>
    public void Dispose() => Store.Dispose();
}
