using System.Collections.Immutable;
using ProverNet.Core.Records;

namespace ProverNet.Auction;

/// <summary>
/// Writes a <see cref="RoundOutcome"/> as canonical bytes: version 2, big-endian integers, every list prefixed by its
/// 32-bit count. The README's "Byte encoding" section is the normative description of this layout.
/// </summary>
internal static class RoundOutcomeEncoding
{
    private const int MarketFixedBytes = 1 + 4 + 1 + 1 + 4 + 4 + 4 + 16 + 4 + 16 + 16 + 4;
    private const int StageBytes = 4 + 4 + 4 + 16 + 16 + 16;
    private const int MatchFixedBytes = 8 + 4 + 16 + 16 + 4;
    private const int ProverBytes = 8 + 16;
    private const int ReferencePriceBytes = 4 + 16;

    public static byte[] Encode(RoundOutcome outcome)
    {
        var size = Size(outcome);
        var writer = new FieldWriter(size);
        writer.U8(RoundOutcome.EncodingVersion);
        writer.U64(outcome.BlockTime);
        writer.U128(outcome.Treasury);
        writer.Count(outcome.Markets.Length);
        foreach (var market in outcome.Markets)
        {
            WriteMarket(writer, market);
        }

        writer.Count(outcome.Matches.Length);
        foreach (var match in outcome.Matches)
        {
            WriteMatch(writer, match);
        }

        writer.Count(outcome.ReferencePrices.Length);
        foreach (var price in outcome.ReferencePrices)
        {
            writer.U32(price.ClassId);
            writer.U128(price.Price);
        }

        WriteIds(writer, outcome.Expired.Bids);
        WriteIds(writer, outcome.Expired.Offers);
        return writer.Length == size ? writer.ToArray() : throw new InvalidOperationException("outcome encoding size mismatch");
    }

    private static int Size(RoundOutcome outcome)
    {
        // version, block time, treasury, then the counts of markets, matches, reference prices and two id lists.
        long size = 1 + 8 + 16 + (4 * 5);
        foreach (var market in outcome.Markets)
        {
            size += MarketFixedBytes + ((long)StageBytes * market.Stages.Length);
        }

        foreach (var match in outcome.Matches)
        {
            size += MatchFixedBytes + ((long)ProverBytes * match.Provers.Length);
        }

        size += (long)ReferencePriceBytes * outcome.ReferencePrices.Length;
        size += 8L * (outcome.Expired.Bids.Length + outcome.Expired.Offers.Length);
        return checked((int)size);
    }

    private static void WriteMarket(FieldWriter writer, MarketSummary market)
    {
        writer.U8((byte)market.Market.Kind);
        writer.U32(market.Market.Id);
        writer.U8((byte)market.Regime);
        writer.U8((byte)market.Branch);
        writer.Count(market.BidsTakingPart);
        writer.Count(market.WillingBids);
        writer.Count(market.Crossing);
        writer.U128(market.PriceCandidate);
        writer.Count(market.Winners);
        writer.U128(market.BuyerPricePerUnit);
        writer.U128(market.Treasury);
        writer.Count(market.Stages.Length);
        foreach (var stage in market.Stages)
        {
            writer.U32(stage.ClassId);
            writer.Count(stage.OffersTakingPart);
            writer.Count(stage.WillingOffers);
            writer.U128(stage.SellerThreshold);
            writer.U128(stage.ReferencePriceBefore);
            writer.U128(stage.ReferencePriceAfter);
        }
    }

    private static void WriteMatch(FieldWriter writer, Match match)
    {
        writer.U64(match.BidId);
        writer.U32(match.Units);
        writer.U128(match.BuyerPricePerUnit);
        writer.U128(match.Refund);
        writer.Count(match.Provers.Length);
        foreach (var prover in match.Provers)
        {
            writer.U64(prover.OfferId);
            writer.U128(prover.Pay);
        }
    }

    private static void WriteIds(FieldWriter writer, ImmutableArray<ulong> ids)
    {
        writer.Count(ids.Length);
        foreach (var id in ids)
        {
            writer.U64(id);
        }
    }
}
