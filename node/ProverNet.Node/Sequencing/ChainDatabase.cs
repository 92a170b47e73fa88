using System.Text;
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

    private ChainDatabase(RocksDbStore store, ChainGenesis genesis, string genesisJson)
    {
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
    /// <exception cref="InvalidOperationException">No genesis for a new directory, or a different genesis than the stored one.</exception>
    public static ChainDatabase Open(string dataDir, string? genesisPath)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        var store = RocksDbStore.Open(ChainDirectory(dataDir));
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

            return new ChainDatabase(store, genesis, json);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The block processor over this chain (resuming at the last committed block).</summary>
    public BlockProcessor OpenProcessor() => new(Store, Genesis);

    /// <inheritdoc/>
    public void Dispose() => Store.Dispose();
}
