using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using ProverNet.Node.Hosting;

namespace ProverNet.Node.Devnet;

/// <summary>
/// Runs <c>contracts/scripts/deploy.js</c> (the one deployment procedure, shared with the Hardhat tests) against an L1:
/// it deploys every contract in order, wires the roles, stakes the genesis provers and writes the addresses to JSON.
/// </summary>
public static class HardhatDeployScript
{
    private const string ScriptRelativePath = "contracts/scripts/deploy.js";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Deploys to <paramref name="rpcUrl"/> from <paramref name="genesisPath"/> with <paramref name="governance"/>'s timings and returns the record it wrote.</summary>
    /// <exception cref="InvalidOperationException">The script is missing, fails or times out; the message carries its output.</exception>
    public static async Task<DevnetDeployment> RunAsync(Uri rpcUrl, string genesisPath, GovernanceTimings governance, string outputPath, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        var script = RepositoryLayout.Find(ScriptRelativePath)
            ?? throw new InvalidOperationException($"{ScriptRelativePath} not found from the working directory upwards: run the devnet from a ProverNet checkout");
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(script)))!;
        var startInfo = new ProcessStartInfo("npx")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["PROVERNET_L1_RPC"] = rpcUrl.ToString(),
                ["PROVERNET_GENESIS"] = Path.GetFullPath(genesisPath),
                ["PROVERNET_DEPLOYMENTS_OUT"] = Path.GetFullPath(outputPath),
                ["PROVERNET_VOTING_DELAY"] = governance.VotingDelaySeconds.ToString(CultureInfo.InvariantCulture),
                ["PROVERNET_VOTING_PERIOD"] = governance.VotingPeriodSeconds.ToString(CultureInfo.InvariantCulture),
                ["PROVERNET_TIMELOCK_DELAY"] = governance.TimelockDelaySeconds.ToString(CultureInfo.InvariantCulture),
            },
        };
        foreach (var argument in new[] { "hardhat", "run", ScriptRelativePath, "--network", "l1" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        logger.LogInformation("deploying the L1 contracts with {Script}", ScriptRelativePath);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"{ScriptRelativePath} did not finish within {Timeout.TotalMinutes} minutes:\n{Text(output)}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{ScriptRelativePath} failed with exit code {process.ExitCode}:\n{Text(output)}");
        }

        return DevnetDeployment.Parse(await File.ReadAllTextAsync(outputPath, cancellationToken).ConfigureAwait(false), rpcUrl);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Trim();
        }
    }
}
