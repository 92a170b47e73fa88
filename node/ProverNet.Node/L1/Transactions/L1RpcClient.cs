using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using ProverNet.Core;
using ProverNet.Derivation;

namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// The JSON-RPC calls a transaction sender makes, through Nethereum. Each call has a deadline; a call that fails to
/// reach L1 is tried again every poll interval until L1 has been unreachable for the whole patience (counted from the
/// first failure since the last success), and then is an <see cref="L1UnavailableException"/>. Answers that are errors
/// about the transaction itself are not outages: each method says what it makes of them.
/// </summary>
internal sealed class L1RpcClient(Uri rpcUrl, L1TransactionOptions options, TimeProvider timeProvider, ILogger logger)
{
    private readonly Web3 web3 = new(rpcUrl.ToString());
    private DateTimeOffset? unreachableSince;

    /// <summary>The account's next nonce: counting its mempool transactions if <paramref name="pending"/>, else only included ones.</summary>
    public Task<ulong> GetNonceAsync(Address account, bool pending, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_getTransactionCount",
            async () => (ulong)(await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(
                account.ToString(), pending ? BlockParameter.CreatePending() : BlockParameter.CreateLatest()).ConfigureAwait(false)).Value,
            cancellationToken);

    /// <summary>Fees for the next block: its base fee from <c>eth_feeHistory</c>, the tip from <c>eth_maxPriorityFeePerGas</c> (floored).</summary>
    public async Task<L1Fees> SuggestFeesAsync(CancellationToken cancellationToken)
    {
        var nextBaseFee = await CallAsync(
            "eth_feeHistory",
            async () =>
            {
                var history = await web3.Eth.FeeHistory.SendRequestAsync(new HexBigInteger(1), BlockParameter.CreateLatest(), []).ConfigureAwait(false);
                // The last entry is the base fee of the block after the newest: the one a transaction sent now can enter.
                return history.BaseFeePerGas is { Length: > 0 } fees
                    ? fees[^1].Value
                    : throw new L1TransactionRejectedException("L1 reports no base fee: it does not run EIP-1559");
            },
            cancellationToken).ConfigureAwait(false);
        var suggestedTip = await CallAsync(
            "eth_maxPriorityFeePerGas",
            async () =>
            {
                try
                {
                    return (BigInteger?)(await new EthMaxPriorityFeePerGas(web3.Client).SendRequestAsync().ConfigureAwait(false)).Value;
                }
                catch (RpcResponseException)
                {
                    // Not every L1 client serves it (it is not in the execution API spec); the configured floor stands in.
                    return null;
                }
            },
            cancellationToken).ConfigureAwait(false);
        var tip = BigInteger.Max(suggestedTip ?? 0, options.MinPriorityFeePerGas);
        return L1Fees.ForNextBlock(nextBaseFee, tip);
    }

    /// <summary>The gas <paramref name="request"/> needs from <paramref name="from"/>, per <c>eth_estimateGas</c>.</summary>
    /// <exception cref="L1TransactionRejectedException">The call would revert, or L1 refuses to estimate it.</exception>
    public Task<ulong> EstimateGasAsync(Address from, L1TransactionRequest request, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_estimateGas",
            async () =>
            {
                try
                {
                    var call = new CallInput(Hex.Encode(request.Data.Span), request.To.ToString()) { From = from.ToString() };
                    return (ulong)(await web3.Eth.Transactions.EstimateGas.SendRequestAsync(call).ConfigureAwait(false)).Value;
                }
                catch (RpcResponseException error)
                {
                    throw new L1TransactionRejectedException($"{request.Purpose}: gas estimation failed: {error.RpcError?.Message ?? error.Message}", error);
                }
            },
            cancellationToken);

    /// <summary>Broadcasts <paramref name="transaction"/> and says how L1 took it.</summary>
    /// <exception cref="L1TransactionRejectedException">L1 refused it for a reason a resend cannot cure (e.g. insufficient funds).</exception>
    public Task<L1BroadcastOutcome> BroadcastAsync(L1SignedTransaction transaction, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_sendRawTransaction",
            async () =>
            {
                try
                {
                    await web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(transaction.RawHex).ConfigureAwait(false);
                    return L1BroadcastOutcome.Accepted;
                }
                catch (RpcResponseException error)
                {
                    var message = error.RpcError?.Message ?? error.Message;
                    return L1BroadcastErrors.Classify(message)
                        ?? throw new L1TransactionRejectedException($"L1 rejected transaction {transaction.Hash} (nonce {transaction.Nonce}): {message}", error);
                }
            },
            cancellationToken);

    /// <summary>The receipt of <paramref name="hash"/>, or null if no block L1 knows includes it.</summary>
    public Task<TransactionReceipt?> GetReceiptAsync(Hash256 hash, CancellationToken cancellationToken) =>
        CallAsync<TransactionReceipt?>(
            "eth_getTransactionReceipt",
            async () => await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash.ToString()).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Whether L1 knows <paramref name="hash"/> at all (pending in its mempool, or included).</summary>
    public Task<bool> IsKnownAsync(Hash256 hash, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_getTransactionByHash",
            async () => await web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(hash.ToString()).ConfigureAwait(false) is not null,
            cancellationToken);

    /// <summary>The number of the newest block.</summary>
    public Task<ulong> GetHeadNumberAsync(CancellationToken cancellationToken) =>
        CallAsync(
            "eth_blockNumber",
            async () => (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value,
            cancellationToken);

    /// <summary>The hash of the canonical block at <paramref name="number"/>, or null past the head.</summary>
    public Task<Hash256?> GetBlockHashAsync(ulong number, CancellationToken cancellationToken) =>
        CallAsync(
            "eth_getBlockByNumber",
            async () => await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number)).ConfigureAwait(false) is { } block
                ? Hash256.Parse(block.BlockHash)
                : (Hash256?)null,
            cancellationToken);

    private async Task<T> CallAsync<T>(string method, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var answer = await call().WaitAsync(options.CallTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
                unreachableSince = null;
                return answer;
            }
            catch (Exception error) when (IsOutage(error))
            {
                var now = timeProvider.GetUtcNow();
                if (unreachableSince is null)
                {
                    unreachableSince = now;
                    logger.LogWarning("L1 unreachable ({Method}: {Error}); trying again for up to {Patience} s", method, error.Message, options.L1Patience.TotalSeconds);
                }

                var unreachableFor = now - unreachableSince.Value;
                if (unreachableFor >= options.L1Patience)
                {
                    // The next send counts its own outage: this one's clock must not make it give up at its first failure.
                    unreachableSince = null;
                    throw new L1UnavailableException($"{method}: L1 unreachable for {unreachableFor.TotalSeconds:0.#} s: {error.Message}", error);
                }

                await Task.Delay(options.ReceiptPollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A JSON-RPC error on a read is an L1 in trouble too: the node that answers it cannot serve the sender either.
    private static bool IsOutage(Exception error) =>
        error is TimeoutException or RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException or HttpRequestException;
}
