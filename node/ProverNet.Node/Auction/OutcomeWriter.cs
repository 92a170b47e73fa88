using System.Globalization;
using System.Text.Json;
using ProverNet.Auction;

namespace ProverNet.Node.Auction;

/// <summary>
/// Writes a round's outcome as the CLI's JSON (format in src/ProverNet.Auction/README.md): amounts as decimal strings,
/// ids as the file's strings, every list in the outcome's canonical order.
/// </summary>
internal static class OutcomeWriter
{
    /// <summary>Writes <paramref name="outcome"/>, and the explanation's markets when given.</summary>
    public static void Write(Utf8JsonWriter json, RoundOutcome outcome, AuctionRoundDocument document, RoundExplanation? explanation)
    {
        json.WriteStartObject();
        json.WriteStartArray("matches");
        foreach (var match in outcome.Matches)
        {
            json.WriteStartObject();
            json.WriteString("bid", document.BidIds.FileId(match.BidId));
            WriteIds(json, "offers", match.Provers.Select(prover => prover.OfferId), document.OfferIds);
            json.WriteNumber("units", match.Units);
            WriteAmount(json, "buyerPricePerUnit", match.BuyerPricePerUnit);
            json.WriteStartArray("sellerPayments");
            foreach (var prover in match.Provers)
            {
                json.WriteStringValue(Decimal(prover.Pay));
            }

            json.WriteEndArray();
            WriteAmount(json, "refund", match.Refund);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("referencePrices");
        foreach (var price in outcome.ReferencePrices)
        {
            WriteAmount(json, price.ClassId.ToString(CultureInfo.InvariantCulture), price.Price);
        }

        json.WriteEndObject();
        WriteAmount(json, "treasury", outcome.Treasury);
        WriteLists(json, "expired", outcome.Expired, document);
        WriteLists(json, "open", outcome.Open, document);
        json.WriteString("outcomeHash", outcome.Hash.ToString());
        if (explanation is not null)
        {
            ExplainWriter.Write(json, explanation, document);
        }

        json.WriteEndObject();
    }

    /// <summary>A wei amount as a decimal string.</summary>
    public static void WriteAmount(Utf8JsonWriter json, string name, UInt128 amount) => json.WriteString(name, Decimal(amount));

    /// <summary>Decimal text of a wei amount.</summary>
    public static string Decimal(UInt128 amount) => amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>An array of the file's ids for engine ids.</summary>
    public static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<ulong> ids, OrderIdMap map)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(map.FileId(id));
        }

        json.WriteEndArray();
    }

    private static void WriteLists(Utf8JsonWriter json, string name, OrderIdLists lists, AuctionRoundDocument document)
    {
        json.WriteStartObject(name);
        WriteIds(json, "bids", lists.Bids, document.BidIds);
        WriteIds(json, "offers", lists.Offers, document.OfferIds);
        json.WriteEndObject();
    }
}
