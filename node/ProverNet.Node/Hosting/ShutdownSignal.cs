using System.Runtime.InteropServices;

namespace ProverNet.Node.Hosting;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation, so a long-running command shuts down its children
/// (anvil, stores) and exits 0 instead of being killed mid-write.
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    /// <summary>Starts listening; <paramref name="linked"/> also cancels <see cref="Token"/>.</summary>
    public ShutdownSignal(CancellationToken linked)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(linked);
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => source.Token;

    /// <inheritdoc/>
    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the command finishes its own shutdown and returns its exit code.
        context.Cancel = true;
        source.Cancel();
    }
}
