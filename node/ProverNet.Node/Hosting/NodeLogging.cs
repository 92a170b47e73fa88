using Microsoft.Extensions.Logging;

namespace ProverNet.Node.Hosting;

/// <summary>The console logging of long-running commands: one line per entry, framework chatter only when it matters.</summary>
public static class NodeLogging
{
    /// <summary>A new logger factory writing to the console.</summary>
    public static ILoggerFactory Create() => LoggerFactory.Create(logging => logging
        .AddSimpleConsole(console => console.SingleLine = true)
        .AddFilter("Microsoft", LogLevel.Warning));
}
