using ProverNet.Chain.Execution;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>
/// Refusals in the words Ethereum clients use (geth's error strings, which wallets and libraries match on), followed by
/// ProverNet's detail after a colon; where Ethereum has no such error, ProverNet's message alone.
/// </summary>
internal static class SubmissionMessages
{
    /// <summary>The bytes are not a valid signed transaction.</summary>
    public static SubmissionResult Invalid(TransactionDecodingError error) =>
        new(Hash256.Zero, SubmissionError.Invalid, Prefixed(DecodingPrefix(error.Code), error.Message));

    /// <summary>ProverNet's admission refused transaction <paramref name="hash"/>.</summary>
    public static SubmissionResult Rejected(Hash256 hash, AdmissionRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(hash, SubmissionError.Rejected, Prefixed(AdmissionPrefix(rejection.Error), rejection.Message));
    }

    /// <summary>A refusal of <paramref name="hash"/> for <paramref name="error"/> with Ethereum's wording and <paramref name="detail"/>.</summary>
    public static SubmissionResult Refused(Hash256 hash, AdmissionError error, string detail) => Rejected(hash, new AdmissionRejection(error, detail));

    /// <summary>The same transaction is pending.</summary>
    public static SubmissionResult AlreadyKnown(Hash256 hash) => new(hash, SubmissionError.AlreadyKnown, "already known");

    /// <summary>A replacement that does not pay 10% more on both fees.</summary>
    public static SubmissionResult ReplacementUnderpriced(Hash256 hash, string detail) =>
        new(hash, SubmissionError.ReplacementUnderpriced, Prefixed("replacement transaction underpriced", detail));

    /// <summary>A tip below the pool's minimum (geth: "transaction underpriced").</summary>
    public static SubmissionResult Underpriced(Hash256 hash, string detail) =>
        new(hash, SubmissionError.Underpriced, Prefixed("transaction underpriced", detail));

    /// <summary>No room and nothing cheaper to evict.</summary>
    public static SubmissionResult PoolFull(Hash256 hash, string detail) => new(hash, SubmissionError.PoolFull, Prefixed("txpool is full", detail));

    /// <summary><c>prefix: detail</c>, without repeating a prefix the detail already starts with.</summary>
    private static string Prefixed(string? prefix, string detail) =>
        prefix is null || detail.StartsWith(prefix, StringComparison.Ordinal) ? detail : $"{prefix}: {detail}";

    private static string? AdmissionPrefix(AdmissionError error) => error switch
    {
        AdmissionError.WrongChainId => "invalid chain id",
        AdmissionError.MissingChainId => "only replay-protected (EIP-155) transactions allowed over RPC",
        AdmissionError.NonceTooLow => "nonce too low",
        AdmissionError.NonceTooHigh => "nonce too high",
        AdmissionError.FeeCapBelowBaseFee => "max fee per gas less than block base fee",
        AdmissionError.GasLimitAboveBlockLimit => "exceeds block gas limit",
        AdmissionError.IntrinsicGasTooLow => "intrinsic gas too low",
        AdmissionError.InsufficientFunds => "insufficient funds for gas * price + value",
        AdmissionError.Oversized => "oversized data",
        _ => null,
    };

    private static string DecodingPrefix(TransactionError error) => error switch
    {
        TransactionError.UnsupportedType => "transaction type not supported",
        TransactionError.NonceTooBig => "nonce has max value",
        TransactionError.PriorityFeeAboveMaxFee => "max priority fee per gas higher than max fee per gas",
        TransactionError.GasLimitPriceProductOverflow => "gas uint64 overflow",
        TransactionError.IntrinsicGasTooLow => "intrinsic gas too low",
        TransactionError.InitCodeTooLarge => "max initcode size exceeded",
        TransactionError.InvalidSignature or TransactionError.HighS => "invalid transaction v, r, s values",
        TransactionError.InvalidChainId => "invalid chain id",
        _ => "rlp: invalid transaction",
    };
}
