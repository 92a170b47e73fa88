using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace ProverNet.Node.Hosting;

/// <summary>
/// Builds <see cref="NodeSettings"/> from, in rising precedence: the embedded defaults, the file given by
/// <c>--config</c>, environment variables <c>PROVERNET_Section__Key</c>, and <c>--set Section:Key=Value</c> overrides.
/// </summary>
public static class NodeConfiguration
{
    /// <summary><c>--config FILE</c>: a JSON settings file.</summary>
    public static Option<FileInfo?> ConfigOption { get; } = new("--config")
    {
        Description = "JSON settings file (keys as in NodeSettings, e.g. {\"L1\": {\"Port\": 8545}}).",
    };

    /// <summary><c>--set KEY=VALUE</c>: overrides one setting; repeatable.</summary>
    public static Option<string[]> SetOption { get; } = new("--set")
    {
        Description = "Override one setting, e.g. --set L1:Port=8545 (repeatable; wins over file and environment).",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds the configuration options to <paramref name="command"/>.</summary>
    public static void AddOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(ConfigOption);
        command.Options.Add(SetOption);
    }

    /// <summary>Reads the settings for one invocation.</summary>
    /// <exception cref="InvalidOperationException">A file is missing or unreadable, or an override is malformed.</exception>
    public static NodeSettings Build(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = new ConfigurationBuilder();
        if (parseResult.GetValue(ConfigOption) is { } file)
        {
            if (!file.Exists)
            {
                throw new InvalidOperationException($"--config: {file.FullName} does not exist");
            }

            builder.AddJsonFile(file.FullName, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables("PROVERNET_");
        builder.AddInMemoryCollection(ParseOverrides(parseResult.GetValue(SetOption) ?? []));
        var settings = new NodeSettings();
        try
        {
            builder.Build().Bind(settings, options => options.ErrorOnUnknownConfiguration = true);
        }
        catch (Exception error) when (error is FormatException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidOperationException($"invalid settings: {error.Message}", error);
        }

        return settings;
    }

    private static Dictionary<string, string?> ParseOverrides(IEnumerable<string> overrides)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in overrides)
        {
            var separator = entry.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new InvalidOperationException($"--set {entry}: expected KEY=VALUE, e.g. L1:Port=8545");
            }

            values[entry[..separator]] = entry[(separator + 1)..];
        }

        return values;
    }
}
