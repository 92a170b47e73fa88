using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>How one market (a class, or a pipeline with its stages) cleared.</summary>
/// <param name="Market">The class or pipeline.</param>
/// <param name="Regime">Thick or thin, by counts.</param>
/// <param name="Branch">The branch that set prices.</param>
/// <param name="BidsTakingPart">Bids in the round after expiry and the one-order-per-account rule.</param>
/// <param name="WillingBids">Thin rounds: bids at or above the posted price; 0 in thick rounds.</param>
/// <param name="Crossing">Thick rounds: <c>k</c>, the number of crossing pairs; thin rounds: <c>q</c>.</param>
/// <param name="PriceCandidate">
/// Thick plain class: <c>p0</c> (<see cref="UInt128.MaxValue"/> for +infinity); thick pipeline: the composite ask
/// <c>S_k</c>; thin: the posted buyer price; 0 when nothing crosses.
/// </param>
/// <param name="Winners">Number of bids served.</param>
/// <param name="BuyerPricePerUnit">What each winning requester pays per unit, also when the branch serves nobody; 0 when nothing crosses.</param>
/// <param name="Treasury">Requesters' payments minus provers' pay in this market.</param>
/// <param name="Stages">One summary per stage (one for a plain class).</param>
public sealed record MarketSummary(
    MarketRef Market,
    Regime Regime,
    ClearingBranch Branch,
    int BidsTakingPart,
    int WillingBids,
    int Crossing,
    UInt128 PriceCandidate,
    int Winners,
    UInt128 BuyerPricePerUnit,
    UInt128 Treasury,
    ImmutableArray<StageSummary> Stages);
