namespace ProverNet.Auction;

/// <summary>
/// The orders taking part in a round (docs/clearing-rule.md §3.1–§3.2: not expired, one per account per market), kept sorted by the
/// caller — the chain's in-memory book — so that <see cref="TodaAuction.ClearParticipants"/> reads only the orders
/// that can change the outcome instead of every open order.
/// </summary>
/// <remarks>
/// Each account appears at most once per market (a pipeline counts with all its stage classes), with its open order of
/// lowest seq — bids and offers together, a seq tie going to the bid, then to the lower id. Enumerations are lazy: the
/// engine stops reading as soon as the rest cannot matter.
/// </remarks>
public interface IParticipantBooks
{
    /// <summary>How many bids of <paramref name="market"/> take part.</summary>
    int BidCount(MarketRef market);

    /// <summary>How many offers of class <paramref name="classId"/> take part.</summary>
    int OfferCount(uint classId);

    /// <summary>The bids of <paramref name="market"/> taking part, highest price first, ties by (seq, id).</summary>
    IEnumerable<Bid> BidsByPrice(MarketRef market);

    /// <summary>The offers of class <paramref name="classId"/> taking part, lowest ask first, ties by (seq, id).</summary>
    IEnumerable<Offer> OffersByPrice(uint classId);
}
