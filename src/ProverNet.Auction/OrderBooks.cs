namespace ProverNet.Auction;

/// <summary>
/// The orders of one round after admission (docs/clearing-rule.md §3.1–§3.2): in (seq, id) order, validated, expired ones dropped,
/// one order per account per market, and the rest grouped by market (bids) and by stage book (offers) as columns.
/// Order indices everywhere refer to <see cref="Bids"/> and <see cref="Offers"/>.
/// </summary>
internal sealed class OrderBooks
{
    private OrderBooks(Bid[] bids, Offer[] offers, OrderState[] bidStates, OrderState[] offerStates, OrderColumns bidColumns, OrderColumns offerColumns)
    {
        Bids = bids;
        Offers = offers;
        BidStates = bidStates;
        OfferStates = offerStates;
        BidColumns = bidColumns;
        OfferColumns = offerColumns;
    }

    /// <summary>Every bid, in (seq, id) order.</summary>
    public Bid[] Bids { get; }

    /// <summary>Every offer, in (seq, id) order.</summary>
    public Offer[] Offers { get; }

    /// <summary>State of each bid.</summary>
    public OrderState[] BidStates { get; }

    /// <summary>State of each offer.</summary>
    public OrderState[] OfferStates { get; }

    /// <summary>Bids taking part, grouped by market.</summary>
    public OrderColumns BidColumns { get; }

    /// <summary>Offers taking part, grouped by stage book.</summary>
    public OrderColumns OfferColumns { get; }

    /// <summary>Admits the round's orders into books.</summary>
    public static OrderBooks Admit(RoundInput input, MarketDirectory directory)
    {
        var bids = CanonicalOrder.Sort(input.Bids, OrderSide.Bid);
        var offers = CanonicalOrder.Sort(input.Offers, OrderSide.Offer);
        var bidMarket = new int[bids.Length];
        var offerStage = new int[offers.Length];
        var bidStates = new OrderState[bids.Length];
        var offerStates = new OrderState[offers.Length];
        OrderValidation.ValidateBids(bids, directory, input.BlockTime, bidMarket, bidStates);
        OrderValidation.ValidateOffers(offers, directory, input.BlockTime, offerStage, offerStates);
        var books = new OrderBooks(
            bids,
            offers,
            bidStates,
            offerStates,
            OrderColumns.Group<Bid>(bids, bidStates, bidMarket, directory.Markets.Length),
            OrderColumns.Group<Offer>(offers, offerStates, offerStage, directory.StageClasses.Length));
        new AccountRule(directory, books).Apply();
        return books;
    }
}
