namespace ProverNet.Auction;

/// <summary>
/// Reads from sorted participant books only the orders that can change a market's outcome: in a thick market the
/// first k + 1 of each book by price (k crossing pairs, the next pair for McAfee's p0; docs/clearing-rule.md §3.4, §5); in a thin
/// market the willing orders, <c>b ≥ R</c> and <c>a ≤ R_s</c> (§3.5). Everything else neither wins nor sets a price;
/// it only counts towards the regime and the summaries, and those counts come from the books.
/// </summary>
internal static class ParticipantSelection
{
    public static ParticipantCounts Select(MarketDirectory directory, RoundInput round, IParticipantBooks books, List<Bid> bids, List<Offer> offers)
    {
        var bidCounts = new int[directory.Markets.Length];
        var offerCounts = new int[directory.StageClasses.Length];
        for (var market = 0; market < bidCounts.Length; market++)
        {
            var firstStage = directory.FirstStage[market];
            var stageCount = directory.FirstStage[market + 1] - firstStage;
            bidCounts[market] = books.BidCount(directory.Markets[market]);
            var stageBooks = new IEnumerator<Offer>[stageCount];
            for (var s = 0; s < stageCount; s++)
            {
                var stageClass = directory.StageClasses[firstStage + s];
                offerCounts[firstStage + s] = books.OfferCount(stageClass.Id);
                stageBooks[s] = ParticipantCheck.Offers(books.OffersByPrice(stageClass.Id), stageClass.Id, offerCounts[firstStage + s], round.BlockTime).GetEnumerator();
            }

            using var bidBook = ParticipantCheck.Bids(books.BidsByPrice(directory.Markets[market]), directory.Markets[market], bidCounts[market], round.BlockTime).GetEnumerator();
            try
            {
                if (RegimeRule.IsThick(bidCounts[market], offerCounts.AsSpan(firstStage, stageCount), round.Settings))
                {
                    TakeCrossing(bidBook, stageBooks, bids, offers);
                }
                else
                {
                    TakeWilling(bidBook, stageBooks, directory.StageClasses.AsSpan(firstStage, stageCount), bids, offers);
                }
            }
            finally
            {
                foreach (var stageBook in stageBooks)
                {
                    stageBook.Dispose();
                }
            }
        }

        return new ParticipantCounts(bidCounts, offerCounts);
    }

    /// <summary>Position by position while the bid covers the composite ask, and the first position that does not.</summary>
    private static void TakeCrossing(IEnumerator<Bid> bidBook, IEnumerator<Offer>[] stageBooks, List<Bid> bids, List<Offer> offers)
    {
        while (true)
        {
            var complete = bidBook.MoveNext();
            var bidPrice = complete ? bidBook.Current.MaxPricePerUnit : 0;
            if (complete)
            {
                bids.Add(bidBook.Current);
            }

            UInt128 ask = 0;
            foreach (var stageBook in stageBooks)
            {
                if (stageBook.MoveNext())
                {
                    offers.Add(stageBook.Current);
                    ask += stageBook.Current.AskPerUnit;
                }
                else
                {
                    complete = false;
                }
            }

            if (!complete || bidPrice < ask)
            {
                return;
            }
        }
    }

    /// <summary>The willing prefix of each book at the posted prices.</summary>
    private static void TakeWilling(IEnumerator<Bid> bidBook, IEnumerator<Offer>[] stageBooks, ReadOnlySpan<AuctionClass> stages, List<Bid> bids, List<Offer> offers)
    {
        UInt128 posted = 0;
        foreach (var stage in stages)
        {
            posted += stage.ReferencePrice;
        }

        while (bidBook.MoveNext() && bidBook.Current.MaxPricePerUnit >= posted)
        {
            bids.Add(bidBook.Current);
        }

        for (var s = 0; s < stageBooks.Length; s++)
        {
            while (stageBooks[s].MoveNext() && stageBooks[s].Current.AskPerUnit <= stages[s].ReferencePrice)
            {
                offers.Add(stageBooks[s].Current);
            }
        }
    }
}
