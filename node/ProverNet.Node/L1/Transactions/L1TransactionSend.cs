using Microsoft.Extensions.Logging;
using Nethereum.RPC.Eth.DTOs;
using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// One request's way to a confirmed inclusion: every version signed for its current nonce (each a fee bump of the one
/// before), and what L1 has done with them. Polls until one version is <c>confirmations</c> deep on the canonical chain.
/// </summary>
internal sealed class L1TransactionSend(
    L1TransactionRequest request, ulong gasLimit, L1RpcClient rpc, L1TransactionSigner signer, L1TransactionOptions options, TimeProvider timeProvider, ILogger logger)
{
    // The versions L1 took into its mempool at the current nonce: any of them may be the one included.
    private readonly List<L1SignedTransaction> broadcast = [];
    private L1SignedTransaction latest = null!;
    private DateTimeOffset waitingSince;
    private bool replacementDue;

    /// <summary>Sends, and returns the receipt once the transaction is confirmed.</summary>
    public async Task<L1TransactionReceipt> RunAsync(CancellationToken cancellationToken)
    {
        await SignWithFreshNonceAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await Task.Delay(options.ReceiptPollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            var head = await rpc.GetHeadNumberAsync(cancellationToken).ConfigureAwait(false);
            if (await FindCanonicalReceiptAsync(cancellationToken).ConfigureAwait(false) is { } receipt)
            {
                if (head + 1 >= receipt.BlockNumber + options.Confirmations)
                {
                    return receipt;
                }

                // Included: the fees were enough, so a reorg that undoes it calls for the same bytes again, not a bump.
                waitingSince = timeProvider.GetUtcNow();
                continue;
            }

            var includedNonce = await rpc.GetNonceAsync(signer.From, pending: false, cancellationToken).ConfigureAwait(false);
            if (includedNonce < latest.Nonce && await rpc.GetNonceAsync(signer.From, pending: true, cancellationToken).ConfigureAwait(false) <= latest.Nonce)
            {
                // An L1 reorg took back this key's earlier transactions (sent and confirmed before): this one waits
                // behind a gap nobody fills. It goes again at the first free nonce; the caller re-sends what the reorg lost.
                logger.LogWarning("L1 transaction {Purpose}: nonce {Nonce} waits behind a gap from nonce {Included} (an L1 reorg took earlier transactions back); signing it again with nonce {Included}", request.Purpose, latest.Nonce, includedNonce, includedNonce);
                await SignWithFreshNonceAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (includedNonce > latest.Nonce)
            {
                // The block that took the nonce may be ours, included since the look above (or not yet in the receipt
                // index): only when L1 knows none of our versions any more did another transaction take it.
                if (await FindCanonicalReceiptAsync(cancellationToken).ConfigureAwait(false) is null && !await AnyVersionKnownAsync(cancellationToken).ConfigureAwait(false))
                {
                    logger.LogWarning("L1 transaction {Purpose}: nonce {Nonce} was used by another transaction from {From}; signing it again with a fresh nonce", request.Purpose, latest.Nonce, signer.From);
                    await SignWithFreshNonceAsync(cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (replacementDue || timeProvider.GetUtcNow() - waitingSince >= options.ResubmissionTimeout)
            {
                await ReplaceAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (broadcast.Count > 0 && !await rpc.IsKnownAsync(broadcast[^1].Hash, cancellationToken).ConfigureAwait(false))
            {
                logger.LogWarning("L1 transaction {Purpose}: {Hash} (nonce {Nonce}) is neither in L1's mempool nor included (dropped or reorganized out); broadcasting it again", request.Purpose, broadcast[^1].Hash, broadcast[^1].Nonce);
                await BroadcastAsync(broadcast[^1], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SignWithFreshNonceAsync(CancellationToken cancellationToken)
    {
        // The pending count skips whatever this key already has in the mempool, so a restarted process never
        // replaces its predecessor's transaction by accident.
        var nonce = await rpc.GetNonceAsync(signer.From, pending: true, cancellationToken).ConfigureAwait(false);
        var fees = await rpc.SuggestFeesAsync(cancellationToken).ConfigureAwait(false);
        if (fees.MaxFeePerGas > options.MaxFeePerGasLimit)
        {
            logger.LogWarning("L1 transaction {Purpose}: the suggested fee cap {Suggested} wei exceeds the limit {Limit} wei; signing at the limit", request.Purpose, fees.MaxFeePerGas, options.MaxFeePerGasLimit);
            fees = AtLimit(fees);
        }

        broadcast.Clear();
        await SignAndBroadcastAsync(nonce, fees, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReplaceAsync(CancellationToken cancellationToken)
    {
        var market = await rpc.SuggestFeesAsync(cancellationToken).ConfigureAwait(false);
        var fees = latest.Fees.BumpedTo(market, options.FeeBumpPercent);
        if (fees.MaxFeePerGas > options.MaxFeePerGasLimit)
        {
            fees = AtLimit(fees);
            if (!fees.Replaces(latest.Fees, options.FeeBumpPercent))
            {
                logger.LogWarning("L1 transaction {Purpose}: not included after {Seconds} s, and a fee bump would pass the limit {Limit} wei; waiting at fee cap {Cap} wei", request.Purpose, options.ResubmissionTimeout.TotalSeconds, options.MaxFeePerGasLimit, latest.Fees.MaxFeePerGas);
                replacementDue = false;
                waitingSince = timeProvider.GetUtcNow();
                return;
            }
        }

        logger.LogWarning("L1 transaction {Purpose}: replacing {Hash} (nonce {Nonce}): fee cap {OldCap} -> {NewCap} wei, tip {OldTip} -> {NewTip} wei", request.Purpose, latest.Hash, latest.Nonce, latest.Fees.MaxFeePerGas, fees.MaxFeePerGas, latest.Fees.MaxPriorityFeePerGas, fees.MaxPriorityFeePerGas);
        await SignAndBroadcastAsync(latest.Nonce, fees, cancellationToken).ConfigureAwait(false);
    }

    private async Task SignAndBroadcastAsync(ulong nonce, L1Fees fees, CancellationToken cancellationToken)
    {
        latest = signer.Sign(request, nonce, fees, gasLimit);
        waitingSince = timeProvider.GetUtcNow();
        await BroadcastAsync(latest, cancellationToken).ConfigureAwait(false);
    }

    private async Task BroadcastAsync(L1SignedTransaction transaction, CancellationToken cancellationToken)
    {
        var outcome = await rpc.BroadcastAsync(transaction, cancellationToken).ConfigureAwait(false);
        replacementDue = outcome == L1BroadcastOutcome.Underpriced;
        switch (outcome)
        {
            case L1BroadcastOutcome.Accepted or L1BroadcastOutcome.AlreadyKnown when !broadcast.Contains(transaction):
                broadcast.Add(transaction);
                break;
            case L1BroadcastOutcome.Underpriced:
                logger.LogWarning("L1 transaction {Purpose}: {Hash} (nonce {Nonce}) is underpriced for L1; bumping its fees", request.Purpose, transaction.Hash, transaction.Nonce);
                break;
            default:
                // Nonce too low needs nothing here: the next poll finds either our receipt or the nonce taken by another transaction.
                break;
        }
    }

    private async Task<L1TransactionReceipt?> FindCanonicalReceiptAsync(CancellationToken cancellationToken)
    {
        for (var index = broadcast.Count - 1; index >= 0; index--)
        {
            if (await rpc.GetReceiptAsync(broadcast[index].Hash, cancellationToken).ConfigureAwait(false) is not { BlockHash: not null } receipt)
            {
                continue;
            }

            var blockNumber = (ulong)receipt.BlockNumber.Value;
            var blockHash = Hash256.Parse(receipt.BlockHash);
            // A receipt can outlive a reorg in a lagging index; only the block now at its height counts.
            if (await rpc.GetBlockHashAsync(blockNumber, cancellationToken).ConfigureAwait(false) == blockHash)
            {
                return ToReceipt(receipt, blockNumber, blockHash);
            }
        }

        return null;
    }

    private async Task<bool> AnyVersionKnownAsync(CancellationToken cancellationToken)
    {
        foreach (var version in broadcast)
        {
            if (await rpc.IsKnownAsync(version.Hash, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private L1Fees AtLimit(L1Fees fees) =>
        new(options.MaxFeePerGasLimit, System.Numerics.BigInteger.Min(fees.MaxPriorityFeePerGas, options.MaxFeePerGasLimit));

    private static L1TransactionReceipt ToReceipt(TransactionReceipt receipt, ulong blockNumber, Hash256 blockHash) => new(
        Hash256.Parse(receipt.TransactionHash),
        blockNumber,
        blockHash,
        receipt.Status?.Value == 1,
        (ulong)receipt.GasUsed.Value,
        UInt256.FromBigInteger(receipt.EffectiveGasPrice.Value));
}
