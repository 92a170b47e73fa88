using ProverNet.Node.Hosting;

namespace ProverNet.Node.Tests.Hosting;

public class GenesisFileTests
{
    [Fact]
    public void Load_EmptyPath_FindsTheCheckoutsDevnet()
    {
        var genesis = GenesisFile.Load(string.Empty);

        Assert.Equal("provernet-devnet", genesis.Name);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => GenesisFile.Load("/nonexistent/genesis.json"));

        Assert.Contains("/nonexistent/genesis.json", error.Message, StringComparison.Ordinal);
    }
}
