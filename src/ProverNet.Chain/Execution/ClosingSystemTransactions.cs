using System.Buffers.Binary;
using ProverNet.Chain.Blocks;

namespace ProverNet.Chain.Execution;

/// <summary>
/// The system transactions that close a block: the effects of its time passing (overdue jobs fail) and of the auction
/// round. Their payload is the block number, which makes each hash unique; a block carries one only when it had an effect.
/// </summary>
public static class ClosingSystemTransactions
{
    /// <summary>Kind of the transaction that fails jobs past their deadline.</summary>
    public const byte OverdueJobsKind = 0x80;

    /// <summary>Kind of the transaction that records the auction round.</summary>
    public const byte ClearingKind = 0x81;

    /// <summary>Whether <paramref name="kind"/> is a closing kind (never valid among the opening transactions).</summary>
    public static bool IsClosing(byte kind) => kind >= OverdueJobsKind;

    /// <summary>The closing transaction of <paramref name="kind"/> in block <paramref name="blockNumber"/>.</summary>
    public static SystemTransaction For(byte kind, ulong blockNumber)
    {
        var payload = new byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64BigEndian(payload, blockNumber);
        return new SystemTransaction(kind, payload);
    }
}
