using ProverNet.Node.Hosting;

namespace ProverNet.Node.Tests.Hosting;

public class NodeConfigurationTests
{
    [Fact]
    public void Build_NoSources_UsesDefaults()
    {
        var settings = NodeConfiguration.Build(Parse());

        Assert.Equal(".devnet", settings.DataDir);
        Assert.Equal(0, settings.L1.Port);
    }

    [Fact]
    public async Task Build_FileAndOverride_OverrideWins()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{"DataDir": "from-file", "L1": {"Port": 9000, "BlockTimeSeconds": 2}}""");

        var settings = NodeConfiguration.Build(Parse("--config", file, "--set", "L1:Port=9100"));

        Assert.Equal("from-file", settings.DataDir);
        Assert.Equal(9100, settings.L1.Port);
        Assert.Equal(2, settings.L1.BlockTimeSeconds);
    }

    [Theory]
    [InlineData("--set", "L1:Port", "expected KEY=VALUE")]
    [InlineData("--set", "L1:Port=eighty", "invalid settings")]
    [InlineData("--set", "L1:Prot=80", "invalid settings")]
    [InlineData("--config", "/nonexistent/settings.json", "does not exist")]
    public void Build_BadInput_ThrowsSayingWhy(string option, string value, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => NodeConfiguration.Build(Parse(option, value)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static System.CommandLine.ParseResult Parse(params string[] arguments)
    {
        var command = new System.CommandLine.RootCommand();
        NodeConfiguration.AddOptions(command);
        return command.Parse(arguments);
    }
}
