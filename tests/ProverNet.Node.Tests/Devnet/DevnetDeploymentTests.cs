using ProverNet.Core;
using ProverNet.Core.Json;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.Devnet;

public class DevnetDeploymentTests
{
    private static readonly Uri Rpc = new("http://127.0.0.1:8545");

    private const string Recorded = """
        {
          "network": "provernet-devnet", "l1ChainId": 31337, "l2ChainId": 7351,
          "deployer": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "deployedAtBlock": 28,
          "contracts": { "StakingController": "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9", "BrevToken": "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
          "provers": { "0x70997970C51812dc3A010C7d01b50e0d17dc79C8": "0x856e4424f806D16E8CBC702B3c0F2ede5468eae5" },
          "roles": {}
        }
        """;

    [Fact]
    public void Parse_ScriptRecord_ReadsContractsAndVaultsInOrder()
    {
        var deployment = DevnetDeployment.Parse(Recorded, Rpc);

        Assert.Equal(7351UL, deployment.L2ChainId);
        Assert.Equal(["BrevToken", "StakingController"], deployment.Contracts.Keys);
        Assert.Equal(Address.Parse("0x856e4424f806D16E8CBC702B3c0F2ede5468eae5"), deployment.ProverVaults[DevAccountsAddress(1)]);
    }

    [Fact]
    public void Parse_BadAddress_NamesTheContract()
    {
        var json = Recorded.Replace("0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5FbDB2", StringComparison.Ordinal);

        var error = Assert.Throws<JsonFieldException>(() => DevnetDeployment.Parse(json, Rpc));

        Assert.Equal("deployments.contracts.BrevToken", error.Path);
    }

    private static Address DevAccountsAddress(int index) => DevAccounts.All[index].Address;
}
