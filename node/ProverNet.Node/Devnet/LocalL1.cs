using Microsoft.Extensions.Logging;
using ProverNet.Derivation;
using ProverNet.Node.L1;

namespace ProverNet.Node.Devnet;

/// <summary>
/// The devnet's L1: an anvil with the contracts deployed per the genesis template, and the L2 genesis anchored to the
/// L1 block after the deployment, from which on L1 mines a block every <see cref="AnvilOptions.BlockTimeSeconds"/>.
/// <c>provernet devnet</c> and the end-to-end tests set it up the same way.
/// </summary>
public sealed class LocalL1 : IAsyncDisposable
{
    private LocalL1(AnvilProcess anvil, DevnetDeployment deployment, string deploymentPath, string genesisPath, L1BlockRef origin)
    {
        Anvil = anvil;
        Deployment = deployment;
        DeploymentPath = deploymentPath;
        GenesisPath = genesisPath;
        Origin = origin;
    }

    /// <summary>The running anvil.</summary>
    public AnvilProcess Anvil { get; }

    /// <summary>The deployed contracts.</summary>
    public DevnetDeployment Deployment { get; }

    /// <summary>Where the deploy script wrote its record.</summary>
    public string DeploymentPath { get; }

    /// <summary>The anchored genesis, to open the L2 chain with.</summary>
    public string GenesisPath { get; }

    /// <summary>The L1 block the L2 chain starts after.</summary>
    public L1BlockRef Origin { get; }

    /// <summary>Starts anvil, deploys, and writes the anchored genesis and the deployment record into <paramref name="dataDir"/>.</summary>
    /// <exception cref="DevnetStartException">Any step failed (anvil is stopped again).</exception>
    public static async Task<LocalL1> StartAsync(AnvilOptions options, string templateGenesisPath, string dataDir, TimeSpan callTimeout, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        AnvilProcess anvil;
        try
        {
            anvil = await AnvilProcess.StartAsync(options, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (AnvilStartException failure)
        {
            throw new DevnetStartException(failure.Message, failure);
        }

        try
        {
            Directory.CreateDirectory(dataDir);
            var deploymentPath = Path.GetFullPath(Path.Combine(dataDir, "deployments.json"));
            DevnetDeployment deployment;
            try
            {
                deployment = await HardhatDeployScript.RunAsync(anvil.RpcUrl, templateGenesisPath, options.Governance, deploymentPath, logger, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                throw new DevnetStartException($"deployment failed: {failure.Message}", failure);
            }

            var genesisPath = Path.GetFullPath(Path.Combine(dataDir, "genesis.json"));
            try
            {
                var l1 = new JsonRpcL1Source(anvil.RpcUrl, callTimeout);
                var origin = await l1.GetBlockByNumberAsync(await l1.GetHeadNumberAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                    ?? throw new L1UnavailableException("anvil did not return its head block");
                await AnchoredGenesis.WriteAsync(templateGenesisPath, deployment, origin, genesisPath, cancellationToken).ConfigureAwait(false);
                await anvil.MineEveryAsync(options.BlockTimeSeconds, cancellationToken).ConfigureAwait(false);
                return new LocalL1(anvil, deployment, deploymentPath, genesisPath, origin);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                throw new DevnetStartException($"anchoring the L2 genesis to the local L1 failed: {failure.Message}", failure);
            }
        }
        catch
        {
            await anvil.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops anvil.</summary>
    public ValueTask DisposeAsync() => Anvil.DisposeAsync();
}
