using System.CommandLine;
using System.Reflection;

namespace ProverNet.Node.Cli;

/// <summary><c>provernet version</c>: the node's version and runtime.</summary>
public static class VersionCommand
{
    /// <summary>The node's informational version, as <c>web3_clientVersion</c> will report it.</summary>
    public static string ClientVersion
    {
        get
        {
            var assembly = typeof(VersionCommand).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
            return $"provernet/{version}/{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}/dotnet{Environment.Version}";
        }
    }

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("version", "Print the node's version.");
        command.SetAction(parseResult => parseResult.InvocationConfiguration.Output.WriteLine(ClientVersion));
        return command;
    }
}
