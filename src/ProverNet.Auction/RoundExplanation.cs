using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>A round's outcome together with the books each market read, in market order.</summary>
/// <param name="Outcome">The outcome, identical to <see cref="TodaAuction.Clear"/>'s.</param>
/// <param name="Books">One book per market, in the order of <see cref="RoundOutcome.Markets"/>.</param>
public sealed record RoundExplanation(RoundOutcome Outcome, ImmutableArray<MarketBook> Books);
