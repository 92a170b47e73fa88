using ProverNet.Core.Records;
namespace ProverNet.Chain.Market;

/// <summary>How many orders of one market are in the open books, so <c>getClass</c> answers without a scan.</summary>
/// <param name="Bids">Open bids naming the market.</param>
/// <param name="Offers">Open offers of the class.</param>
public readonly record struct OpenCounts(ulong Bids, ulong Offers)
{
    /// <summary>The canonical encoding: two u64, big-endian.</summary>
    public byte[] Encode() => new FieldWriter().U64(Bids).U64(Offers).ToArray();

    /// <summary>Reads <see cref="Encode"/>'s output.</summary>
    /// <exception cref="InvalidDataException">The store is corrupt.</exception>
    public static OpenCounts Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes, "open counts");
        var counts = new OpenCounts(reader.U64(), reader.U64());
        reader.End();
        return counts;
    }
}
