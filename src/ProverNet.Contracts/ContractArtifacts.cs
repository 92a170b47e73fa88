using System.Collections.Frozen;
using System.Text.Json;

namespace ProverNet.Contracts;

/// <summary>The Hardhat artifacts embedded in this assembly at build time, looked up by contract name.</summary>
public static class ContractArtifacts
{
    private const string ResourcePrefix = "contracts/";

    private static readonly Lazy<FrozenDictionary<string, string>> ResourceByName = new(IndexResources);

    /// <summary>Names of every embedded contract, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => [.. ResourceByName.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Loads the artifact of <paramref name="contractName"/>.</summary>
    /// <exception cref="UnknownContractException">No compiled contract has that name.</exception>
    public static ContractArtifact Load(string contractName)
    {
        ArgumentNullException.ThrowIfNull(contractName);
        if (!ResourceByName.Value.TryGetValue(contractName, out var resource))
        {
            throw new UnknownContractException(contractName, Names);
        }

        using var stream = typeof(ContractArtifacts).Assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new ContractArtifact(
            root.GetProperty("contractName").GetString()!,
            root.GetProperty("sourceName").GetString()!,
            root.GetProperty("abi").GetRawText(),
            root.GetProperty("bytecode").GetString()!,
            root.GetProperty("deployedBytecode").GetString()!);
    }

    private static FrozenDictionary<string, string> IndexResources()
    {
        // Resource names are contracts/<source path>.sol/<ContractName>.json; contract names are unique across the tree.
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in typeof(ContractArtifacts).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(resource);
            if (!index.TryAdd(name, resource))
            {
                throw new InvalidOperationException($"two compiled contracts are named {name}: {index[name]} and {resource}");
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
