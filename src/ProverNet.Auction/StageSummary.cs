namespace ProverNet.Auction;

/// <summary>One stage (one class) of a market's round.</summary>
/// <param name="ClassId">The stage's class.</param>
/// <param name="OffersTakingPart">Offers in the round after expiry and the one-order-per-account rule.</param>
/// <param name="WillingOffers">Thin rounds: offers with ask at most the posted price; 0 in thick rounds.</param>
/// <param name="SellerThreshold">
/// Per-unit price that bounds provers' pay (<c>p0</c>, <c>a_k</c> or <c>R</c>), also when the branch serves nobody;
/// 0 when nothing crosses.
/// </param>
/// <param name="ReferencePriceBefore">The class's <c>R</c> read by this round.</param>
/// <param name="ReferencePriceAfter">The class's <c>R</c> for the next round.</param>
public readonly record struct StageSummary(
    uint ClassId,
    int OffersTakingPart,
    int WillingOffers,
    UInt128 SellerThreshold,
    UInt128 ReferencePriceBefore,
    UInt128 ReferencePriceAfter);
