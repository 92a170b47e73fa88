using System.Text.Json;

namespace ProverNet.Contracts.Tests;

public class ContractArtifactsTests
{
    [Fact]
    public void Load_BrevToken_HasAbiAndCreationCode()
    {
        var artifact = ContractArtifacts.Load("BrevToken");

        Assert.Equal("contracts/token/BrevToken.sol", artifact.SourceName);
        Assert.True(artifact.IsDeployable);
        Assert.StartsWith("0x", artifact.Bytecode, StringComparison.Ordinal);
        Assert.True(artifact.Bytecode.Length > artifact.DeployedBytecode.Length, "creation code wraps the runtime code");
        using var abi = JsonDocument.Parse(artifact.Abi);
        Assert.Contains(abi.RootElement.EnumerateArray(), entry => entry.GetProperty("type").GetString() == "event" && entry.GetProperty("name").GetString() == "Transfer");
    }

    [Fact]
    public void Names_IncludeTheTokenButNoLibraryArtifacts()
    {
        Assert.Contains("BrevToken", ContractArtifacts.Names);
        Assert.DoesNotContain("ERC20", ContractArtifacts.Names);
    }

    [Fact]
    public void Load_UnknownName_ThrowsListingKnownContracts()
    {
        var error = Assert.Throws<UnknownContractException>(() => ContractArtifacts.Load("NoSuchContract"));

        Assert.Equal("NoSuchContract", error.ContractName);
        Assert.Contains("BrevToken", error.Message, StringComparison.Ordinal);
    }
}
