using ProverNet.Chain;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Mempool;

/// <summary>
/// The pool's own refusals before admission: a tip below the minimum (geth's <c>--txpool.pricelimit</c>, 1 wei: a
/// zero-tip transaction pays the sequencer nothing for its block space), and value sent into the system range
/// 0x…0B00–0x…0BFF other than to the Bridge (which burns it for a withdrawal): no key controls those addresses, the
/// system-transaction sender 0x…0B7E included, so the value could never be spent again.
/// </summary>
internal static class SubmissionPolicy
{
    private static readonly Address SystemRangeStart = Address.Parse("0x0000000000000000000000000000000000000b00");
    private static readonly Address SystemRangeEnd = Address.Parse("0x0000000000000000000000000000000000000bff");

    /// <summary>Why <paramref name="transaction"/> is refused, or null.</summary>
    public static SubmissionResult? Check(SignedTransaction transaction, ulong minPriorityFee)
    {
        if (transaction.MaxPriorityFeePerGas < (UInt256)minPriorityFee)
        {
            return SubmissionMessages.Underpriced(
                transaction.Hash, $"max priority fee per gas {transaction.MaxPriorityFeePerGas} is below the minimum tip of {minPriorityFee} wei");
        }

        if (transaction.To is { } target && !transaction.Value.IsZero && IsUnspendableSystemAddress(target))
        {
            return SubmissionMessages.Refused(
                transaction.Hash, Chain.Execution.AdmissionError.UnexpectedValue, $"{target} is a system address no key controls: value sent there could never be spent");
        }

        return null;
    }

    /// <summary>Whether <paramref name="address"/> is in the system range and cannot receive value usefully.</summary>
    public static bool IsUnspendableSystemAddress(Address address) =>
        address >= SystemRangeStart && address <= SystemRangeEnd && address != SystemAddresses.Bridge;
}
