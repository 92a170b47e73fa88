using System.Diagnostics;

namespace ProverNet.Node.Tests.Support;

/// <summary>Runs the built <c>provernet</c> as a separate process, as a user would.</summary>
internal static class ProvernetProcess
{
    public static Process Start(params string[] arguments)
    {
        // A shell without job control starts background jobs with SIGINT ignored, and children inherit that, so a test
        // run from a backgrounded CI script would see Ctrl-C ignored; restore the default as a terminal would have it.
        var startInfo = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("--default-signal=INT");
        startInfo.ArgumentList.Add("dotnet");
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "provernet.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo)!;
    }

    /// <summary>Runs to the end and returns the exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout, await stderr);
    }
}
