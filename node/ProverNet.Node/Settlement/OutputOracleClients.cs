using ProverNet.Node.Devnet;
using ProverNet.Node.Hosting;
using ProverNet.Node.L1;

namespace ProverNet.Node.Settlement;

/// <summary>Finds the OutputOracle a node settles with.</summary>
public static class OutputOracleClients
{
    /// <summary>
    /// The client of the OutputOracle and StakingController named by <paramref name="settings"/>' deployment record
    /// (<c>Settlement:DeploymentsFile</c>, or the data directory's <c>deployments.json</c>); null when there is none.
    /// </summary>
    /// <exception cref="InvalidOperationException">The record names no OutputOracle or StakingController.</exception>
    public static OutputOracleClient? For(NodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Settlement.DeploymentsFile.Length > 0 ? settings.Settlement.DeploymentsFile : Path.Combine(settings.DataDir, "deployments.json");
        if (!File.Exists(path))
        {
            return null;
        }

        var url = L1Follower.SourceUrl(settings.L1Rpc);
        var deployment = DevnetDeployment.Parse(File.ReadAllText(path), url);
        return new OutputOracleClient(url, Named(deployment, "OutputOracle", path), Named(deployment, "StakingController", path), TimeSpan.FromMilliseconds(settings.L1Rpc.CallTimeoutMs));
    }

    private static ProverNet.Core.Address Named(DevnetDeployment deployment, string name, string path) =>
        deployment.Contracts.TryGetValue(name, out var address) ? address : throw new InvalidOperationException($"{path} names no {name}");
}
