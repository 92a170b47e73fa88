using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ProverNet.Auction;

/// <summary>
/// TODA, the truthful online double auction of docs/clearing-rule.md: the state transition calls <see cref="Clear"/> at the end of
/// a block. Pure and deterministic: integer arithmetic only, no clock, no hash-ordered iteration, and the outcome
/// depends on the contents of the input, never on the order of its collections.
/// </summary>
public static class TodaAuction
{
    /// <summary>Clears one round.</summary>
    /// <exception cref="AuctionInputException">The input breaks a bound of docs/clearing-rule.md §2 or names an unknown market.</exception>
    public static RoundOutcome Clear(RoundInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Run(input, MarketDirectory.Build(input.Classes, input.Pipelines), null, null);
    }

    /// <summary>
    /// Clears one round from books kept sorted by the caller, reading only the orders that can change the outcome (the
    /// first k + 1 of each book by price in a thick market, the willing orders in a thin one). The outcome equals
    /// <see cref="Clear"/>'s over every open order — matches, summaries, reference prices, treasury, expired orders and
    /// so the encoding and hash — except <see cref="RoundOutcome.Open"/>, which lists only the orders read that stay open.
    /// </summary>
    /// <param name="leaving">The round's settings, classes and pipelines, and as its orders only those leaving the book
    /// by expiry now (<c>Expiry &lt; BlockTime</c>).</param>
    /// <param name="participants">The orders taking part (not expired, one per account per market), sorted by price.</param>
    /// <exception cref="AuctionInputException">As <see cref="Clear"/>, for the orders read.</exception>
    /// <exception cref="ArgumentException">An order in <paramref name="leaving"/> has not expired, or a participant book breaks its contract.</exception>
    public static RoundOutcome ClearParticipants(RoundInput leaving, IParticipantBooks participants)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        ArgumentNullException.ThrowIfNull(participants);
        foreach (var bid in leaving.Bids)
        {
            RequireExpired(bid.Expiry, leaving.BlockTime, bid.Id);
        }

        foreach (var offer in leaving.Offers)
        {
            RequireExpired(offer.Expiry, leaving.BlockTime, offer.Id);
        }

        var directory = MarketDirectory.Build(leaving.Classes, leaving.Pipelines);
        var bids = new List<Bid>(leaving.Bids);
        var offers = new List<Offer>(leaving.Offers);
        var counts = ParticipantSelection.Select(directory, leaving, participants, bids, offers);
        return Run(leaving with { Bids = [.. bids], Offers = [.. offers] }, directory, counts, null);
    }

    /// <summary>Clears one round and also returns the books each market read, for <c>--explain</c>.</summary>
    /// <exception cref="AuctionInputException">As <see cref="Clear"/>.</exception>
    public static RoundExplanation Explain(RoundInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var books = new List<MarketBook>();
        var outcome = Run(input, MarketDirectory.Build(input.Classes, input.Pipelines), null, books);
        return new RoundExplanation(outcome, [.. books]);
    }

    private static void RequireExpired(ulong expiry, ulong blockTime, ulong id)
    {
        if (expiry >= blockTime)
        {
            throw new ArgumentException($"order {id} is handed over as leaving the book, but its expiry {expiry} is not before the block time {blockTime}");
        }
    }

    private static RoundOutcome Run(RoundInput input, MarketDirectory directory, ParticipantCounts? counts, List<MarketBook>? bookLog)
    {
        var books = OrderBooks.Admit(input, directory);
        var matches = new List<Match>(Math.Min(books.BidColumns.Index.Length, books.OfferColumns.Index.Length));
        var clearing = new MarketClearing(input, directory, books, counts, matches);
        var summaries = new MarketSummary[directory.Markets.Length];
        UInt128 treasury = 0;
        for (var market = 0; market < summaries.Length; market++)
        {
            summaries[market] = clearing.Clear(market, bookLog);
            treasury = checked(treasury + summaries[market].Treasury);
        }

        var referencePrices = new ReferencePrice[directory.SortedClassIds.Length];
        for (var i = 0; i < referencePrices.Length; i++)
        {
            referencePrices[i] = new ReferencePrice(directory.SortedClassIds[i], clearing.ReferenceAfter[directory.StageOfSortedClass(i)]);
        }

        var expiredBids = Split(books.Bids, books.BidStates, out var openBids);
        var expiredOffers = Split(books.Offers, books.OfferStates, out var openOffers);
        return new RoundOutcome(
            input.BlockTime,
            ImmutableCollectionsMarshal.AsImmutableArray(summaries),
            [.. matches],
            ImmutableCollectionsMarshal.AsImmutableArray(referencePrices),
            treasury,
            new OrderIdLists(expiredBids, expiredOffers),
            new OrderIdLists(openBids, openOffers));
    }

    /// <summary>Ids of the expired orders (returned) and of those that stay open, each in (seq, id) order.</summary>
    private static ImmutableArray<ulong> Split<TOrder>(TOrder[] orders, OrderState[] states, out ImmutableArray<ulong> open)
        where TOrder : struct, IOrder
    {
        int expiredCount = 0, openCount = 0;
        foreach (var state in states)
        {
            expiredCount += state == OrderState.Expired ? 1 : 0;
            openCount += state is OrderState.Open or OrderState.TakingPart ? 1 : 0;
        }

        var expired = new ulong[expiredCount];
        var stillOpen = new ulong[openCount];
        int nextExpired = 0, nextOpen = 0;
        for (var index = 0; index < orders.Length; index++)
        {
            var state = states[index];
            if (state == OrderState.Expired)
            {
                expired[nextExpired++] = orders[index].Id;
            }
            else if (state != OrderState.Matched)
            {
                stillOpen[nextOpen++] = orders[index].Id;
            }
        }

        open = ImmutableCollectionsMarshal.AsImmutableArray(stillOpen);
        return ImmutableCollectionsMarshal.AsImmutableArray(expired);
    }
}
