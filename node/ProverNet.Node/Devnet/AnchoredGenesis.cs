using System.Text.Json;
using System.Text.Json.Nodes;
using ProverNet.Chain.Genesis;
using ProverNet.Derivation;

namespace ProverNet.Node.Devnet;

/// <summary>
/// The devnet's genesis once its contracts are deployed: the template with <c>l1.origin</c> set to the L1 block the
/// chain starts after and <c>l1.contracts</c> to the deployed addresses (the OP Stack writes its rollup config the same
/// way, after the L1 deployment). Block 0's hash commits to both.
/// </summary>
public static class AnchoredGenesis
{
    /// <summary>Writes the template at <paramref name="templatePath"/> anchored to <paramref name="origin"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidOperationException">The deployment lacks one of the contracts whose logs are inputs.</exception>
    public static async Task WriteAsync(string templatePath, DevnetDeployment deployment, L1BlockRef origin, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var root = JsonNode.Parse(await File.ReadAllTextAsync(templatePath, cancellationToken).ConfigureAwait(false))!.AsObject();
        var l1 = root["l1"]!.AsObject();
        l1["origin"] = new JsonObject
        {
            ["number"] = origin.Number,
            ["hash"] = origin.Hash.ToString(),
            ["timestamp"] = origin.Timestamp,
        };
        var contracts = new JsonObject();
        foreach (var name in L1Contracts.Names)
        {
            contracts[name] = deployment.Contracts.TryGetValue(name, out var address)
                ? address.ToChecksumString()
                : throw new InvalidOperationException($"the deployment record names no {name}");
        }

        l1["contracts"] = contracts;
        await File.WriteAllTextAsync(destination, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
    }
}
