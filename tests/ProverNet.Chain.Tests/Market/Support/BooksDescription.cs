using ProverNet.Auction;
using ProverNet.Chain.Market;

namespace ProverNet.Chain.Tests.Market.Support;

/// <summary>Everything the books answer a round, as text, so two books can be compared whole.</summary>
internal static class BooksDescription
{
    public static string Describe(OpenBooks books, MarketCatalog catalog)
    {
        var lines = new List<string> { $"open {books.Count}" };
        foreach (var marketClass in catalog.Classes)
        {
            var market = MarketRef.Class(marketClass.Id);
            lines.Add($"class {marketClass.Id} bids {books.BidCount(market)}: {string.Join(" ", books.BidsByPrice(market).Select(bid => bid.Id))}");
            lines.Add($"class {marketClass.Id} offers {books.OfferCount(marketClass.Id)}: {string.Join(" ", books.OffersByPrice(marketClass.Id).Select(offer => offer.Id))}");
        }

        foreach (var pipeline in catalog.Pipelines)
        {
            var market = MarketRef.Pipeline(pipeline.Id);
            lines.Add($"pipeline {pipeline.Id} bids {books.BidCount(market)}: {string.Join(" ", books.BidsByPrice(market).Select(bid => bid.Id))}");
        }

        var (bids, offers) = books.Leaving(ulong.MaxValue);
        lines.Add($"all bids: {string.Join(" ", bids.Select(bid => bid.Id))}");
        lines.Add($"all offers: {string.Join(" ", offers.Select(offer => offer.Id))}");
        lines.Add($"unclearable bids: {string.Join(" ", books.UnclearableBids(catalog))}");
        lines.Add($"offers to recheck: {string.Join(" ", books.OffersToRecheck(catalog))}");
        return string.Join('\n', lines);
    }
}
