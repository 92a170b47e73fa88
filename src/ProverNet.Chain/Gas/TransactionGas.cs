using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;

namespace ProverNet.Chain.Gas;

/// <summary>
/// Gas a transaction uses under ProverNet's governed schedule: the intrinsic cost, its calldata, and the flat cost of
/// the system operation it performs. There is no EVM, so the whole cost is known before execution.
/// </summary>
public static class TransactionGas
{
    /// <summary>Intrinsic gas plus calldata: what any transaction pays, whatever it calls.</summary>
    public static ulong Intrinsic(ReadOnlySpan<byte> calldata, GasSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zeroBytes = (ulong)calldata.Count((byte)0);
        var nonZeroBytes = (ulong)calldata.Length - zeroBytes;
        return checked(schedule.Intrinsic + (zeroBytes * schedule.CalldataZeroByte) + (nonZeroBytes * schedule.CalldataNonZeroByte));
    }

    /// <summary>The flat cost of a decoded Market call.</summary>
    public static ulong Operation(MarketCall call, GasSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return call switch
        {
            SubmitBidCall => schedule.SubmitBid,
            SubmitOfferCall => schedule.SubmitOffer,
            CancelOrderCall => schedule.Cancel,
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, "not a Market call with a governed cost"),
        };
    }
}
