using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.Devnet;

/// <summary>
/// One anvil shared by the tests of <see cref="SharedAnvil"/>. A test that needs it and cannot start it fails with
/// anvil's own message: it never skips silently.
/// </summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    private AnvilProcess? anvil;

    /// <summary>The running anvil.</summary>
    public AnvilProcess Anvil => anvil ?? throw new InvalidOperationException("anvil has not started");

    public async Task InitializeAsync()
    {
        anvil = await AnvilProcess.StartAsync(new AnvilOptions(), NullLogger.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (anvil is not null)
        {
            await anvil.DisposeAsync();
        }
    }
}
