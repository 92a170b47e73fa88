using System.Globalization;

namespace ProverNet.Benchmarks.Load;

/// <summary>Settings of a load run, from <c>--name value</c> arguments.</summary>
/// <param name="Rate">Transactions per second to send.</param>
/// <param name="Seconds">How long to send.</param>
/// <param name="Batch">Transactions per JSON-RPC batch.</param>
/// <param name="Accounts">Signing accounts per side (requesters and provers).</param>
/// <param name="Connections">Concurrent HTTP connections.</param>
/// <param name="BlockTimeMs">The node's block time.</param>
/// <param name="FollowL1">Whether the node follows an L1: an anvil with the contracts deployed, mining a block every 2 s.</param>
/// <param name="DevnetGenesisPath">The genesis template.</param>
/// <param name="Rebuild">With <paramref name="FollowL1"/>: once the load is safe, a validator rebuilds the chain from that L1 alone, timed.</param>
public sealed record LoadOptions(int Rate, int Seconds, int Batch, int Accounts, int Connections, int BlockTimeMs, bool FollowL1, string DevnetGenesisPath, bool Rebuild = false)
{
    /// <summary>Reads the options after the <c>load</c> verb; unknown names are errors.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> arguments, string devnetGenesisPath)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--rate"] = 5_000,
            ["--seconds"] = 60,
            ["--batch"] = 250,
            ["--accounts"] = 2_000,
            ["--connections"] = 4,
            ["--block-time-ms"] = 1_000,
            ["--follow-l1"] = 0,
            ["--rebuild"] = 0,
        };
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            if (!values.ContainsKey(arguments[i]))
            {
                throw new ArgumentException($"unknown option {arguments[i]}; known: {string.Join(", ", values.Keys)}");
            }

            values[arguments[i]] = int.Parse(arguments[i + 1], CultureInfo.InvariantCulture);
        }

        return new LoadOptions(
            values["--rate"], values["--seconds"], values["--batch"], values["--accounts"], values["--connections"], values["--block-time-ms"], values["--follow-l1"] != 0, devnetGenesisPath, values["--rebuild"] != 0);
    }
}
