using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Cli;

public sealed class ValidatorCommandTests
{
    [Fact]
    public async Task Validator_L1UrlThatIsNoUrl_ExitsTwoNamingTheOption()
    {
        var result = await ProvernetProcess.RunAsync("validator", "--l1-rpc", "not-a-url", "--deployments", "missing.json", "--data-dir", "unused");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--l1-rpc: expected an http(s) URL", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_GenesisThatFollowsNoL1_ExitsTwoBeforeOpeningAnything()
    {
        var dir = Directory.CreateTempSubdirectory("provernet-validator-cli-").FullName;
        try
        {
            var deployments = Path.Combine(dir, "deployments.json");
            await File.WriteAllTextAsync(
                deployments,
                "{\"l1ChainId\": 31337, \"l2ChainId\": 7351, \"deployer\": \"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\", \"contracts\": {}, \"provers\": {}}");
            var dataDir = Path.Combine(dir, "chain-data");

            var result = await ProvernetProcess.RunAsync(
                "validator", "--l1-rpc", "http://127.0.0.1:1", "--deployments", deployments, "--data-dir", dataDir, "--genesis", NodeGenesis.DevnetPath);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("names no l1.contracts", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(dataDir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
