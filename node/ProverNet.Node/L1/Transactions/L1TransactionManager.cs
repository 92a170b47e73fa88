using System.Numerics;
using Microsoft.Extensions.Logging;
using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// The L1 transaction manager: signs EIP-1559 transactions locally with one key and sees each through to a confirmed
/// inclusion, as op-batcher's and op-proposer's txmgr do. Fees come from L1 (next base fee, suggested tip); the gas limit
/// from the request or <c>eth_estimateGas</c> plus a margin; the nonce from L1's pending count at each send, so a
/// restarted process continues where the chain is. A transaction not included within the resubmission timeout is
/// replaced (same nonce, bumped fees); one dropped or reorganized out is broadcast again; one whose nonce another
/// transaction took is signed again with a fresh nonce. Sends are serialized: one at a time per instance.
/// </summary>
public sealed class L1TransactionManager : IL1TransactionSender, IDisposable
{
    private readonly L1RpcClient rpc;
    private readonly L1TransactionSigner signer;
    private readonly L1TransactionOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Sends from the account of <paramref name="privateKeyHex"/> through the L1 at <paramref name="rpcUrl"/>.</summary>
    /// <param name="rpcUrl">The L1 JSON-RPC endpoint.</param>
    /// <param name="privateKeyHex">The sending account's secp256k1 private key, 32 bytes of hex.</param>
    /// <param name="chainId">The L1 chain id signed into every transaction (EIP-155 replay protection).</param>
    /// <param name="options">Confirmations, timings and fee limits.</param>
    /// <param name="timeProvider">The clock for polling, timeouts and patience.</param>
    /// <param name="logger">Where inclusions, replacements and resends are logged.</param>
    /// <exception cref="ArgumentException">The key is not 32 bytes of hex.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public L1TransactionManager(Uri rpcUrl, string privateKeyHex, ulong chainId, L1TransactionOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        signer = new L1TransactionSigner(privateKeyHex, chainId);
        rpc = new L1RpcClient(rpcUrl, options, timeProvider, logger);
        this.options = options;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <inheritdoc/>
    public Address From => signer.From;

    /// <inheritdoc/>
    /// <exception cref="L1TransactionRejectedException">
    /// L1 refused the transaction for good: the gas estimate reverts (give a <see cref="L1TransactionRequest.GasLimit"/> to
    /// send it anyway), the account cannot pay, or the node rejects it outright.
    /// </exception>
    public async Task<L1TransactionReceipt> SendAsync(L1TransactionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var gasLimit = request.GasLimit ?? await EstimateGasLimitAsync(request, cancellationToken).ConfigureAwait(false);
            var send = new L1TransactionSend(request, gasLimit, rpc, signer, options, timeProvider, logger);
            var receipt = await send.RunAsync(cancellationToken).ConfigureAwait(false);
            var fee = new BigInteger(receipt.GasUsed) * receipt.EffectiveGasPrice.ToBigInteger();
            logger.LogInformation(
                "L1 transaction {Purpose} included{Outcome}: {Hash} in block {Block}, gas used {GasUsed}, fee {Fee} wei ({GasPrice} wei/gas)",
                request.Purpose,
                receipt.Succeeded ? string.Empty : " but REVERTED",
                receipt.TransactionHash,
                receipt.BlockNumber,
                receipt.GasUsed,
                fee,
                receipt.EffectiveGasPrice);
            return receipt;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Releases the send lock.</summary>
    public void Dispose() => oneAtATime.Dispose();

    private async Task<ulong> EstimateGasLimitAsync(L1TransactionRequest request, CancellationToken cancellationToken)
    {
        var estimate = await rpc.EstimateGasAsync(signer.From, request, cancellationToken).ConfigureAwait(false);
        return checked(estimate + (estimate * options.GasLimitMarginPercent / 100));
    }
}
