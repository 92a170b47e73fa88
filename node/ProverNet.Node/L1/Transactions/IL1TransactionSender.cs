using ProverNet.Core;
using ProverNet.Derivation;

namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// Sends L1 transactions from one key and sees each through to a confirmed inclusion: the batcher, the proposer and a
/// validator's attestations go through it. One transaction at a time per key, so nonces never race.
/// </summary>
public interface IL1TransactionSender
{
    /// <summary>The sending account.</summary>
    Address From { get; }

    /// <summary>
    /// Signs and sends <paramref name="request"/>, and returns once it is included and <c>confirmations</c> deep on the
    /// canonical chain: replaced with higher fees (same nonce) if it waits too long, sent again if L1 dropped it or
    /// reorganized it out. A reverted transaction is returned (not retried): the caller decides.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 could not be reached for longer than the sender's patience.</exception>
    Task<L1TransactionReceipt> SendAsync(L1TransactionRequest request, CancellationToken cancellationToken);
}
