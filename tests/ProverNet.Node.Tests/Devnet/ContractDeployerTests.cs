using System.Numerics;
using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Contracts;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.Devnet;

[Collection(SharedAnvil.Name)]
public class ContractDeployerTests(AnvilFixture fixture)
{
    private static readonly BigInteger OneBrev = BigInteger.Pow(10, 18);

    [Fact]
    public async Task DeployAsync_BrevToken_TransfersAndEmitsTransferEvent()
    {
        var anvil = fixture.Anvil;
        var alice = DevAccounts.All[0];
        var bob = DevAccounts.All[5];
        var deployer = new ContractDeployer(anvil.RpcUrl, anvil.ChainId, alice.PrivateKey, NullLogger.Instance);
        var supply = 1_000 * OneBrev;

        var address = await deployer.DeployAsync("BrevToken", CancellationToken.None, new[] { alice.Address.ToString() }, new[] { supply });

        var token = deployer.Web3.Eth.GetContract(ContractArtifacts.Load("BrevToken").Abi, address.ToString());
        var transfer = token.GetFunction("transfer");
        var gas = await transfer.EstimateGasAsync(alice.Address.ToString(), null, null, bob.Address.ToString(), 25 * OneBrev);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var receipt = await transfer.SendTransactionAndWaitForReceiptAsync(
            alice.Address.ToString(), gas, null, timeout.Token, bob.Address.ToString(), 25 * OneBrev);
        Assert.Equal(BigInteger.One, receipt.Status.Value);

        var transferred = Assert.Single(token.GetEvent("Transfer").DecodeAllEventsDefaultForEvent(receipt.Logs));
        Assert.Equal(alice.Address.ToString(), ((string)transferred.Event[0].Result).ToLowerInvariant());
        Assert.Equal(bob.Address.ToString(), ((string)transferred.Event[1].Result).ToLowerInvariant());
        Assert.Equal(25 * OneBrev, (BigInteger)transferred.Event[2].Result);

        var balanceOf = token.GetFunction("balanceOf");
        Assert.Equal(975 * OneBrev, await balanceOf.CallAsync<BigInteger>(alice.Address.ToString()));
        Assert.Equal(25 * OneBrev, await balanceOf.CallAsync<BigInteger>(bob.Address.ToString()));
        Assert.Equal(supply, await token.GetFunction("totalSupply").CallAsync<BigInteger>());
    }

    [Fact]
    public async Task DeployAsync_ConstructorReverts_Throws()
    {
        var anvil = fixture.Anvil;
        var deployer = new ContractDeployer(anvil.RpcUrl, anvil.ChainId, DevAccounts.All[1].PrivateKey, NullLogger.Instance);

        // Two holders, one amount: BrevToken rejects the allocation during gas estimation.
        await Assert.ThrowsAnyAsync<Exception>(() => deployer.DeployAsync(
            "BrevToken", CancellationToken.None, new[] { DevAccounts.All[1].Address.ToString(), DevAccounts.All[2].Address.ToString() }, new[] { OneBrev }));
    }

    [Fact]
    public async Task DeployAsync_UnknownContract_ThrowsNamingIt()
    {
        var anvil = fixture.Anvil;
        var deployer = new ContractDeployer(anvil.RpcUrl, anvil.ChainId, DevAccounts.All[1].PrivateKey, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<UnknownContractException>(() => deployer.DeployAsync("NoSuchContract", CancellationToken.None));

        Assert.Contains("NoSuchContract", error.Message, StringComparison.Ordinal);
    }
}
