using ProverNet.Derivation;
using ProverNet.Node.Hosting;

namespace ProverNet.Node.Cli;

/// <summary>Runs a started node until it is stopped, for the commands that run one.</summary>
internal static class HostRun
{
    /// <summary>Exit code when the node stopped itself on an L1 it cannot follow (its store unchanged).</summary>
    public const int Halted = 4;

    /// <summary>Runs <paramref name="host"/>; a critical derivation error is one <c>error: …</c> line and <see cref="Halted"/>.</summary>
    /// <returns>Null when the node was stopped; <see cref="Halted"/> when it stopped itself.</returns>
    public static async Task<int?> UntilStoppedAsync(NodeHost host, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DerivationException critical) when (critical.Kind == DerivationErrorKind.Critical)
        {
            await error.WriteLineAsync($"error: {critical.Message}").ConfigureAwait(false);
            return Halted;
        }
    }
}
