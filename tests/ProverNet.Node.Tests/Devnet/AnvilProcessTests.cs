using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.Web3;
using ProverNet.Node.Devnet;
using ProverNet.Node.Tests.Support;

namespace ProverNet.Node.Tests.Devnet;

public class AnvilProcessTests
{
    [Fact]
    public async Task StartAsync_FreePort_AnswersWithChainIdAndDevAccounts()
    {
        await using var anvil = await AnvilProcess.StartAsync(new AnvilOptions { ChainId = 4242 }, NullLogger.Instance, CancellationToken.None);
        var web3 = new Web3(anvil.RpcUrl.ToString());

        Assert.Equal(4242, (int)(await web3.Eth.ChainId.SendRequestAsync()).Value);
        var accounts = await web3.Eth.Accounts.SendRequestAsync();
        Assert.Equal(
            AnvilProcess.Accounts.Select(account => account.Address.ToString()),
            accounts.Take(AnvilProcess.Accounts.Count).Select(address => address.ToLowerInvariant()));
    }

    [Fact]
    public async Task DisposeAsync_RunningAnvil_StopsTheProcess()
    {
        var anvil = await AnvilProcess.StartAsync(new AnvilOptions(), NullLogger.Instance, CancellationToken.None);
        var processId = anvil.ProcessId;

        await anvil.DisposeAsync();

        Assert.False(OperatingSystemProcess.IsRunning(processId));
    }

    [Fact]
    public async Task StartAsync_MissingBinary_FailsWithClearMessage()
    {
        var options = new AnvilOptions { AnvilPath = "/nonexistent/anvil" };

        var error = await Assert.ThrowsAsync<AnvilStartException>(() => AnvilProcess.StartAsync(options, NullLogger.Instance, CancellationToken.None));

        Assert.Contains("anvil not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PortInUse_FailsWithAnvilsOutput()
    {
        await using var first = await AnvilProcess.StartAsync(new AnvilOptions(), NullLogger.Instance, CancellationToken.None);
        var options = new AnvilOptions { Port = first.Port, ChainId = 999, StartTimeout = TimeSpan.FromSeconds(5) };

        var error = await Assert.ThrowsAsync<AnvilStartException>(() => AnvilProcess.StartAsync(options, NullLogger.Instance, CancellationToken.None));

        Assert.Matches("exited|chain id 31337|did not answer", error.Message);
    }
}
