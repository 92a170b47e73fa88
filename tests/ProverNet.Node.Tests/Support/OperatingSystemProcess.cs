using System.Diagnostics;

namespace ProverNet.Node.Tests.Support;

/// <summary>Looks up processes by id, to check that what a test started has really stopped.</summary>
internal static class OperatingSystemProcess
{
    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
