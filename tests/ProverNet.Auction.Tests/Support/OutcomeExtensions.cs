namespace ProverNet.Auction.Tests.Support;

/// <summary>Short reads of an outcome for assertions.</summary>
internal static class OutcomeExtensions
{
    public static ulong[] MatchedBids(this RoundOutcome outcome) => [.. outcome.Matches.Select(match => match.BidId)];

    public static ulong[] MatchedOffers(this RoundOutcome outcome) =>
        [.. outcome.Matches.SelectMany(match => match.Provers).Select(prover => prover.OfferId).Order()];

    public static UInt128 ReferencePriceOf(this RoundOutcome outcome, uint classId) =>
        outcome.ReferencePrices.Single(price => price.ClassId == classId).Price;
}
