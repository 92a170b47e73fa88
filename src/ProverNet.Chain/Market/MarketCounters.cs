using ProverNet.Core.Records;
namespace ProverNet.Chain.Market;

/// <summary>The Market's counters: the next id of each record kind and the chain-wide order sequence. All start at 1.</summary>
/// <param name="NextBidId">Id of the next bid.</param>
/// <param name="NextOfferId">Id of the next offer.</param>
/// <param name="NextJobId">Id of the next job.</param>
/// <param name="NextSeq">Seq of the next order, bid or offer: the auction's tie-breaker.</param>
public readonly record struct MarketCounters(ulong NextBidId, ulong NextOfferId, ulong NextJobId, ulong NextSeq)
{
    /// <summary>The counters of a market that has seen nothing.</summary>
    public static MarketCounters Initial => new(1, 1, 1, 1);

    /// <summary>The canonical encoding: four u64, big-endian.</summary>
    public byte[] Encode() => new FieldWriter().U64(NextBidId).U64(NextOfferId).U64(NextJobId).U64(NextSeq).ToArray();

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">The store is corrupt.</exception>
    public static MarketCounters Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "market counters");
        var counters = new MarketCounters(reader.U64(), reader.U64(), reader.U64(), reader.U64());
        reader.End();
        return counters;
    }
}
