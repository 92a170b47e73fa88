using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProverNet.Chain.Genesis;
using ProverNet.Core;
using ProverNet.Node.L1;

namespace ProverNet.Node.Devnet;

/// <summary>The L1 contracts of a devnet, deployed from dev account #0 as the genesis describes.</summary>
/// <param name="L1RpcUrl">The L1 endpoint they live on.</param>
/// <param name="L1ChainId">The L1 chain id.</param>
/// <param name="Deployer">The account that deployed them.</param>
/// <param name="Contracts">Contract name to address, in name order.</param>
public sealed record DevnetDeployment(Uri L1RpcUrl, ulong L1ChainId, Address Deployer, IReadOnlyDictionary<string, Address> Contracts)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Deploys every L1 contract that exists so far and returns their addresses.</summary>
    public static async Task<DevnetDeployment> DeployAsync(Uri rpcUrl, ChainGenesis genesis, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(genesis);
        var deployer = new ContractDeployer(rpcUrl, genesis.L1.ChainId, DevAccounts.All[0].PrivateKey, logger);
        var holders = genesis.TokenAllocations.Select(allocation => allocation.Address.ToString()).ToArray();
        var amounts = genesis.TokenAllocations.Select(allocation => (BigInteger)allocation.Amount.Wei).ToArray();
        var token = await deployer.DeployAsync("BrevToken", cancellationToken, holders, amounts).ConfigureAwait(false);
        var contracts = new SortedDictionary<string, Address>(StringComparer.Ordinal) { ["BrevToken"] = token };
        return new DevnetDeployment(rpcUrl, genesis.L1.ChainId, deployer.From, contracts);
    }

    /// <summary>Writes the deployment as JSON, the file the node and tools read the addresses from.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var document = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["l1RpcUrl"] = L1RpcUrl.ToString(),
            ["l1ChainId"] = L1ChainId,
            ["deployer"] = Deployer.ToChecksumString(),
            ["contracts"] = Contracts.ToDictionary(pair => pair.Key, pair => pair.Value.ToChecksumString(), StringComparer.Ordinal),
        };
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, document, JsonOptions, cancellationToken).ConfigureAwait(false);
        }
    }
}
