using ProverNet.Chain.Execution;
using ProverNet.Node.Sequencing;
using ProverNet.Node.Tests.Support;
using ProverNet.Storage;

namespace ProverNet.Node.Tests.Sequencing;

public sealed class ChainDatabaseTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("provernet-chaindb-").FullName;

    [Fact]
    public void Open_StoreReplacedByAnOlderCopy_RefusesAndSaysWhatHappened()
    {
        ProduceBlocks(3);
        var olderCopy = Path.Combine(dataDir, "older-copy");
        CopyDirectory(ChainDatabase.ChainDirectory(dataDir), olderCopy);
        ProduceBlocks(3);
        Directory.Delete(ChainDatabase.ChainDirectory(dataDir), recursive: true);
        Directory.Move(olderCopy, ChainDatabase.ChainDirectory(dataDir));

        var error = Assert.Throws<StoreDamagedException>(() => ChainDatabase.Open(dataDir, genesisPath: null).Dispose());

        Assert.Contains("is at block 3 but this node had published block 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("fresh data directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StoreAheadOfTheMarker_OpensAndTheMarkerCatchesUp()
    {
        ProduceBlocks(2);
        using (var database = ChainDatabase.Open(dataDir, genesisPath: null))
        {
            var processor = database.OpenProcessor();
            processor.Produce(new BlockAttributes(processor.Head.Header.Timestamp + 1, default, []), EmptyTransactionSource.Instance);
        }

        using (var reopened = ChainDatabase.Open(dataDir, genesisPath: null))
        {
            Assert.Equal(3UL, reopened.OpenProcessor().Head.Number);
        }

        Assert.Equal(2UL, new HeadMarker(dataDir, sync: false).Read()?.Number);
    }

    [Fact]
    public void Open_MarkerNamesAnotherBlockAtItsHeight_Refuses()
    {
        ProduceBlocks(2);
        new HeadMarker(dataDir, sync: false).Write(2, new ProverNet.Core.Hash256(new byte[32]));

        var error = Assert.Throws<StoreDamagedException>(() => ChainDatabase.Open(dataDir, genesisPath: null).Dispose());

        Assert.Contains("holds another block 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MarkerNotWrittenByANode_RefusesAsDamaged()
    {
        ProduceBlocks(1);
        File.WriteAllText(Path.Combine(dataDir, "head.marker"), "garbage");

        Assert.Throws<StoreDamagedException>(() => ChainDatabase.Open(dataDir, genesisPath: null).Dispose());
    }

    [Fact]
    public void Delete_ChainAndMarker_BothGoneSoANewChainOpens()
    {
        ProduceBlocks(2);

        ChainDatabase.Delete(dataDir);

        Assert.Null(new HeadMarker(dataDir, sync: false).Read());
        using var database = ChainDatabase.Open(dataDir, NodeGenesis.DevnetPath);
        Assert.Equal(0UL, database.OpenProcessor().Head.Number);
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);

    /// <summary>Produces <paramref name="count"/> empty blocks, recording each as the node does.</summary>
    private void ProduceBlocks(int count)
    {
        using var database = ChainDatabase.Open(dataDir, NodeGenesis.DevnetPath);
        var processor = database.OpenProcessor();
        for (var block = 0; block < count; block++)
        {
            var produced = processor.Produce(new BlockAttributes(processor.Head.Header.Timestamp + 1, default, []), EmptyTransactionSource.Instance);
            database.RecordHead(produced.Block);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
