using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using ProverNet.Contracts;
using ProverNet.Core;

namespace ProverNet.Node.Devnet;

/// <summary>Deploys compiled contracts through Nethereum, signing locally with one account.</summary>
public sealed class ContractDeployer
{
    private readonly Web3 web3;
    private readonly Account account;
    private readonly ILogger logger;

    /// <summary>Creates a deployer that signs with <paramref name="privateKey"/> for chain <paramref name="chainId"/>.</summary>
    public ContractDeployer(Uri rpcUrl, ulong chainId, string privateKey, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        account = new Account(privateKey, new BigInteger(chainId));
        web3 = new Web3(account, rpcUrl.ToString());
        this.logger = logger;
    }

    /// <summary>The deploying account.</summary>
    public Address From => Address.Parse(account.Address);

    /// <summary>The Nethereum client signing as <see cref="From"/>, for calls on deployed contracts.</summary>
    public IWeb3 Web3 => web3;

    /// <summary>Deploys <paramref name="contractName"/> with constructor arguments and waits for its receipt.</summary>
    /// <exception cref="InvalidOperationException">The deployment transaction reverted.</exception>
    public async Task<Address> DeployAsync(string contractName, CancellationToken cancellationToken, params object[] constructorArguments)
    {
        var artifact = ContractArtifacts.Load(contractName);
        if (!artifact.IsDeployable)
        {
            throw new InvalidOperationException($"{contractName} is abstract or an interface and cannot be deployed");
        }

        var gas = await web3.Eth.DeployContract
            .EstimateGasAsync(artifact.Abi, artifact.Bytecode, account.Address, constructorArguments)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        using var receiptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receipt = await web3.Eth.DeployContract
            .SendRequestAndWaitForReceiptAsync(artifact.Abi, artifact.Bytecode, account.Address, new HexBigInteger(gas.Value * 6 / 5), receiptCancellation, constructorArguments)
            .ConfigureAwait(false);
        if (receipt.Status.Value != BigInteger.One)
        {
            throw new InvalidOperationException($"deploying {contractName} reverted in transaction {receipt.TransactionHash}");
        }

        logger.LogInformation("{Contract} deployed at {Address} (gas {Gas})", contractName, receipt.ContractAddress, receipt.GasUsed.Value);
        return Address.Parse(receipt.ContractAddress);
    }
}
