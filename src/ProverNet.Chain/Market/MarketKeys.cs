using System.Buffers.Binary;
using ProverNet.Auction;
using ProverNet.Chain.State;

namespace ProverNet.Chain.Market;

/// <summary>
/// The Market's state keys, kinds 0x10–0x1F (<see cref="StateKeys"/>). Records live under their id; the open books and
/// the deadline index are separate key ranges whose order is the processing order, so nothing is ever found by
/// scanning every record.
/// </summary>
public static class MarketKeys
{
    /// <summary>Kind byte of a bid record, by id.</summary>
    public const byte BidKind = 0x10;

    /// <summary>Kind byte of an offer record, by id.</summary>
    public const byte OfferKind = 0x11;

    /// <summary>Kind byte of a job record, by id.</summary>
    public const byte JobKind = 0x12;

    /// <summary>Kind byte of the single entry of id and seq counters.</summary>
    public const byte CountersKind = 0x13;

    /// <summary>Kind byte of a class's reference price, by class id.</summary>
    public const byte ReferencePriceKind = 0x14;

    /// <summary>Kind byte of the open-bid book: one entry per open bid id.</summary>
    public const byte OpenBidKind = 0x15;

    /// <summary>Kind byte of the open-offer book: one entry per open offer id.</summary>
    public const byte OpenOfferKind = 0x16;

    /// <summary>Kind byte of the deadline index of assigned jobs: <c>0x17 ‖ deadline ‖ jobId</c>.</summary>
    public const byte JobDeadlineKind = 0x17;

    /// <summary>Kind byte of a market's open-order counts: <c>0x18 ‖ market kind ‖ market id</c>.</summary>
    public const byte OpenCountsKind = 0x18;

    /// <summary>Key of bid <paramref name="id"/>.</summary>
    public static byte[] Bid(ulong id) => StateKeys.ForId(BidKind, id);

    /// <summary>Key of offer <paramref name="id"/>.</summary>
    public static byte[] Offer(ulong id) => StateKeys.ForId(OfferKind, id);

    /// <summary>Key of job <paramref name="id"/>.</summary>
    public static byte[] Job(ulong id) => StateKeys.ForId(JobKind, id);

    /// <summary>Key of the counters.</summary>
    public static byte[] Counters() => [CountersKind];

    /// <summary>Key of class <paramref name="classId"/>'s reference price.</summary>
    public static byte[] ReferencePrice(uint classId) => StateKeys.ForId(ReferencePriceKind, classId);

    /// <summary>Key of <paramref name="side"/>'s open-book entry for order <paramref name="id"/>.</summary>
    public static byte[] Open(OrderSide side, ulong id) => StateKeys.ForId(OpenBookKind(side), id);

    /// <summary>Prefix of <paramref name="side"/>'s open book.</summary>
    public static byte[] OpenBook(OrderSide side) => [OpenBookKind(side)];

    /// <summary>Key of job <paramref name="jobId"/> in the deadline index.</summary>
    public static byte[] JobDeadline(ulong deadline, ulong jobId)
    {
        var key = new byte[1 + (2 * sizeof(ulong))];
        key[0] = JobDeadlineKind;
        BinaryPrimitives.WriteUInt64BigEndian(key.AsSpan(1), deadline);
        BinaryPrimitives.WriteUInt64BigEndian(key.AsSpan(1 + sizeof(ulong)), jobId);
        return key;
    }

    /// <summary>Prefix of the deadline index.</summary>
    public static byte[] JobDeadlines() => [JobDeadlineKind];

    /// <summary>Reads the deadline and job id back from a deadline-index key.</summary>
    public static (ulong Deadline, ulong JobId) ReadJobDeadline(ReadOnlySpan<byte> key) =>
        (BinaryPrimitives.ReadUInt64BigEndian(key[1..]), BinaryPrimitives.ReadUInt64BigEndian(key[(1 + sizeof(ulong))..]));

    /// <summary>Reads the order id back from an open-book key.</summary>
    public static ulong ReadOpenId(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt64BigEndian(key[1..]);

    /// <summary>Key of <paramref name="market"/>'s open-order counts.</summary>
    public static byte[] OpenCounts(MarketRef market)
    {
        var key = new byte[2 + sizeof(uint)];
        key[0] = OpenCountsKind;
        key[1] = (byte)market.Kind;
        BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(2), market.Id);
        return key;
    }

    private static byte OpenBookKind(OrderSide side) => side == OrderSide.Bid ? OpenBidKind : OpenOfferKind;
}
