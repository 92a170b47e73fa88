using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Tests.Support;

/// <summary>Signed devnet transactions, decoded as a node receives them.</summary>
public static class ChainTransactions
{
    /// <summary>1 gwei: the devnet's initial base fee.</summary>
    public const ulong Gwei = 1_000_000_000;

    /// <summary>A transaction from dev account <paramref name="from"/>, decoded with its sender recovered.</summary>
    public static SignedTransaction Sign(
        int from, ulong nonce, Address to, UInt256 value, byte[]? data = null, ulong gasLimit = 300_000, ulong maxFee = 2 * Gwei, ulong tip = Gwei / 10, ulong chainId = 7351)
    {
        var raw = DevKeys.Account(from).SignDynamicFee(chainId, nonce, tip, maxFee, gasLimit, to, value, data ?? []);
        return Decode(raw);
    }

    /// <summary>Decodes raw bytes that must be a valid transaction.</summary>
    public static SignedTransaction Decode(byte[] raw) =>
        new TransactionDecoder().TryDecode(raw, out var transaction, out var error)
            ? transaction
            : throw new ArgumentException(error.ToString(), nameof(raw));
}
