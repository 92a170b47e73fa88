namespace ProverNet.Auction;

/// <summary>
/// Checks participant books as they are read: every order of the book's market, not expired, in price order with ties
/// by (seq, id), and no more orders than the book's count. A book that breaks this is a caller's bug, and clearing it
/// would give another outcome than the reference <see cref="TodaAuction.Clear"/>.
/// </summary>
internal static class ParticipantCheck
{
    public static IEnumerable<Bid> Bids(IEnumerable<Bid> book, MarketRef market, int count, ulong blockTime)
    {
        Bid? previous = null;
        var read = 0;
        var name = market.ToString(); // once per book, not twice per order
        foreach (var bid in book)
        {
            Require(bid.Market == market && bid.Expiry >= blockTime && ++read <= count, bid.Id, name);
            Require(previous is not { } last || last.MaxPricePerUnit > bid.MaxPricePerUnit
                || (last.MaxPricePerUnit == bid.MaxPricePerUnit && (last.Seq, last.Id).CompareTo((bid.Seq, bid.Id)) < 0), bid.Id, name);
            previous = bid;
            yield return bid;
        }
    }

    public static IEnumerable<Offer> Offers(IEnumerable<Offer> book, uint classId, int count, ulong blockTime)
    {
        Offer? previous = null;
        var read = 0;
        var name = $"class {classId}";
        foreach (var offer in book)
        {
            Require(offer.ClassId == classId && offer.Expiry >= blockTime && ++read <= count, offer.Id, name);
            Require(previous is not { } last || last.AskPerUnit < offer.AskPerUnit
                || (last.AskPerUnit == offer.AskPerUnit && (last.Seq, last.Id).CompareTo((offer.Seq, offer.Id)) < 0), offer.Id, name);
            previous = offer;
            yield return offer;
        }
    }

    private static void Require(bool holds, ulong id, string book)
    {
        if (!holds)
        {
            throw new ArgumentException($"participant book of {book}: order {id} is of another market, expired, out of price order or beyond the book's count");
        }
    }
}
