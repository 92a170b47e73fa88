using ProverNet.Core;
using ProverNet.Core.Json;

namespace ProverNet.Node.Devnet;

/// <summary>The L1 contracts of a network as the deploy script recorded them (its JSON has more; this is what the node reads).</summary>
/// <param name="L1RpcUrl">The L1 endpoint they live on.</param>
/// <param name="L1ChainId">The L1 chain id.</param>
/// <param name="L2ChainId">The L2 chain id of the genesis they were deployed for.</param>
/// <param name="Deployer">The account that deployed them.</param>
/// <param name="Contracts">Contract name to address, in name order.</param>
/// <param name="ProverVaults">Genesis prover to its ERC-4626 vault, in address order.</param>
public sealed record DevnetDeployment(
    Uri L1RpcUrl,
    ulong L1ChainId,
    ulong L2ChainId,
    Address Deployer,
    IReadOnlyDictionary<string, Address> Contracts,
    IReadOnlyDictionary<Address, Address> ProverVaults)
{
    /// <summary>Reads the JSON written by <c>contracts/scripts/deploy.js</c>.</summary>
    /// <exception cref="JsonFieldException">A field the node needs is missing or malformed.</exception>
    public static DevnetDeployment Parse(string json, Uri l1RpcUrl)
    {
        var root = JsonField.Parse(json, "deployments").AsObject();
        return new DevnetDeployment(
            l1RpcUrl,
            root.Required("l1ChainId").AsUInt64(1, ulong.MaxValue),
            root.Required("l2ChainId").AsUInt64(1, ulong.MaxValue),
            root.Required("deployer").AsAddress(),
            ReadAddressMap(root.Required("contracts").AsObject(), name => name, StringComparer.Ordinal),
            ReadAddressMap(root.Required("provers").AsObject(), Address.Parse, Comparer<Address>.Default));
    }

    private static SortedDictionary<TKey, Address> ReadAddressMap<TKey>(JsonObjectReader map, Func<string, TKey> key, IComparer<TKey> order)
        where TKey : notnull
    {
        var result = new SortedDictionary<TKey, Address>(order);
        foreach (var name in map.Names)
        {
            result[key(name)] = map.Required(name).AsAddress();
        }

        return result;
    }
}
