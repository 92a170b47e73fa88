namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>One anvil that mines each transaction as it arrives, shared by tests that leave its mining alone.</summary>
public sealed class AutominingAnvilFixture : IAsyncLifetime
{
    private AnvilChain? chain;

    public AnvilChain Chain => chain ?? throw new InvalidOperationException("anvil has not started");

    public async Task InitializeAsync() => chain = await AnvilChain.StartAsync(automine: true);

    public async Task DisposeAsync()
    {
        if (chain is not null)
        {
            await chain.DisposeAsync();
        }
    }
}
