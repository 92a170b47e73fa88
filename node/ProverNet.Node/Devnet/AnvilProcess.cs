using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using ProverNet.Node.Hosting;

namespace ProverNet.Node.Devnet;

/// <summary>
/// A local Ethereum (anvil, from the npm package) on a loopback port: started, awaited until it answers JSON-RPC,
/// and stopped by process id on dispose. Used by the devnet and by integration tests.
/// </summary>
public sealed class AnvilProcess : IAsyncDisposable
{
    private const int PortAttempts = 3;

    private readonly Process process;
    private readonly StringBuilder output;

    private AnvilProcess(Process process, StringBuilder output, int port, ulong chainId)
    {
        this.process = process;
        this.output = output;
        Port = port;
        ChainId = chainId;
        RpcUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
    }

    /// <summary>The JSON-RPC endpoint.</summary>
    public Uri RpcUrl { get; }

    /// <summary>The loopback port anvil listens on.</summary>
    public int Port { get; }

    /// <summary>The chain id anvil reports.</summary>
    public ulong ChainId { get; }

    /// <summary>anvil's operating-system process id.</summary>
    public int ProcessId => process.Id;

    /// <summary>The funded development accounts (public keys of the default mnemonic).</summary>
    public static IReadOnlyList<DevAccount> Accounts => DevAccounts.All;

    /// <summary>Starts anvil and returns once it answers <c>eth_chainId</c>.</summary>
    /// <exception cref="AnvilStartException">anvil is missing, exits, or does not answer in time.</exception>
    public static async Task<AnvilProcess> StartAsync(AnvilOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var binary = ResolveBinary(options);
        for (var attempt = 1; ; attempt++)
        {
            // A free port can be taken between probing and anvil binding it; picking again fixes that race.
            var port = options.Port != 0 ? options.Port : FreeLoopbackPort();
            var anvil = Launch(binary, port, options);
            try
            {
                await anvil.WaitUntilAnsweringAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("anvil {Pid} answers at {Url} (chain id {ChainId})", anvil.ProcessId, anvil.RpcUrl, options.ChainId);
                return anvil;
            }
            catch (AnvilStartException) when (options.Port == 0 && attempt < PortAttempts)
            {
                await anvil.DisposeAsync().ConfigureAwait(false);
                logger.LogWarning("anvil did not start on port {Port}; trying another port", port);
            }
            catch
            {
                await anvil.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>From now on mines a block every <paramref name="seconds"/> (0: only on transactions, as at start).</summary>
    public async Task MineEveryAsync(int seconds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        if (seconds > 0)
        {
            await new Web3(RpcUrl.ToString()).Client.SendRequestAsync<object>(new RpcRequest(1, "evm_setIntervalMining", seconds)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Kills anvil (by process id) and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The process never started or was already reaped: nothing to stop.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string ResolveBinary(AnvilOptions options)
    {
        var binary = options.AnvilPath.Length > 0 ? options.AnvilPath : RepositoryLayout.Find(RepositoryLayout.AnvilRelativePath);
        if (binary is null || !File.Exists(binary))
        {
            throw new AnvilStartException(
                $"anvil not found (looked for {options.AnvilPath.Length switch { > 0 => options.AnvilPath, _ => RepositoryLayout.AnvilRelativePath }} " +
                "from the working directory upwards); run `npm ci` at the repository root, or set L1:AnvilPath");
        }

        return binary;
    }

    private static AnvilProcess Launch(string binary, int port, AnvilOptions options)
    {
        var startInfo = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", Invariant(port), "--chain-id", Invariant(options.ChainId) })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            process.Dispose();
            throw new AnvilStartException($"could not run {binary}: {error.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AnvilProcess(process, output, port, options.ChainId);
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var web3 = new Web3(RpcUrl.ToString());
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new AnvilStartException($"anvil exited with code {process.ExitCode} before answering: {Tail()}");
                }

                if (await TryReadChainIdAsync(web3, deadline.Token).ConfigureAwait(false) is { } chainId)
                {
                    if (chainId != ChainId)
                    {
                        throw new AnvilStartException($"the node at {RpcUrl} reports chain id {chainId}, expected {ChainId}");
                    }

                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AnvilStartException($"anvil did not answer at {RpcUrl} within {timeout.TotalSeconds} s: {Tail()}");
        }
    }

    private static async Task<System.Numerics.BigInteger?> TryReadChainIdAsync(Web3 web3, CancellationToken cancellationToken)
    {
        try
        {
            var chainId = await web3.Eth.ChainId.SendRequestAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return chainId.Value;
        }
        catch (Exception error) when (error is HttpRequestException or Nethereum.JsonRpc.Client.RpcClientUnknownException)
        {
            // Not listening yet.
            return null;
        }
    }

    private string Tail()
    {
        lock (output)
        {
            var text = output.ToString().Trim();
            return text.Length == 0 ? "(no output)" : text[Math.Max(0, text.Length - 2000)..];
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            // Keep the start-up log for error messages, not an unbounded transcript of a long-running devnet.
            if (output.Length < 64 * 1024)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Invariant<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
