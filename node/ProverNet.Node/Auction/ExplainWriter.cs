using System.Text.Json;
using ProverNet.Auction;

namespace ProverNet.Node.Auction;

/// <summary>
/// The <c>--explain</c> part of the CLI output: per market, the regime, the books as the rule read them, k, the price
/// candidate and the branch taken, and each stage's threshold and reference price before and after.
/// </summary>
internal static class ExplainWriter
{
    /// <summary>Writes the <c>"markets"</c> array.</summary>
    public static void Write(Utf8JsonWriter json, RoundExplanation explanation, AuctionRoundDocument document)
    {
        json.WriteStartArray("markets");
        for (var i = 0; i < explanation.Books.Length; i++)
        {
            var summary = explanation.Outcome.Markets[i];
            var book = explanation.Books[i];
            json.WriteStartObject();
            json.WriteNumber(summary.Market.Kind == MarketKind.Class ? "class" : "pipeline", summary.Market.Id);
            json.WriteString("regime", summary.Regime == Regime.Thick ? "thick" : "thin");
            json.WriteString("branch", BranchName(summary.Branch));
            json.WriteString("bookOrder", summary.Regime == Regime.Thick ? "price, then seq" : "seq");
            OutcomeWriter.WriteIds(json, "bids", book.BidIds, document.BidIds);
            json.WriteNumber("bidsTakingPart", summary.BidsTakingPart);
            json.WriteNumber("willingBids", summary.WillingBids);
            json.WriteNumber("k", summary.Crossing);
            json.WriteString("priceCandidate", summary.PriceCandidate == UInt128.MaxValue ? "infinity" : OutcomeWriter.Decimal(summary.PriceCandidate));
            json.WriteNumber("winners", summary.Winners);
            OutcomeWriter.WriteAmount(json, "buyerPricePerUnit", summary.BuyerPricePerUnit);
            OutcomeWriter.WriteAmount(json, "treasury", summary.Treasury);
            WriteStages(json, summary, book, document);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStages(Utf8JsonWriter json, MarketSummary summary, MarketBook book, AuctionRoundDocument document)
    {
        json.WriteStartArray("stages");
        for (var s = 0; s < summary.Stages.Length; s++)
        {
            var stage = summary.Stages[s];
            json.WriteStartObject();
            json.WriteNumber("class", stage.ClassId);
            OutcomeWriter.WriteIds(json, "offers", book.OfferIds[s], document.OfferIds);
            json.WriteNumber("offersTakingPart", stage.OffersTakingPart);
            json.WriteNumber("willingOffers", stage.WillingOffers);
            OutcomeWriter.WriteAmount(json, "sellerThreshold", stage.SellerThreshold);
            OutcomeWriter.WriteAmount(json, "referencePriceBefore", stage.ReferencePriceBefore);
            OutcomeWriter.WriteAmount(json, "referencePriceAfter", stage.ReferencePriceAfter);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string BranchName(ClearingBranch branch) => branch switch
    {
        ClearingBranch.NoCrossing => "noCrossing",
        ClearingBranch.UniformPrice => "uniformPrice",
        ClearingBranch.TradeReduction => "tradeReduction",
        _ => "postedPrice",
    };
}
