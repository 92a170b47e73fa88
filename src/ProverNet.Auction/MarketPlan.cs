namespace ProverNet.Auction;

/// <summary>
/// What a regime decided for one market before pairing: the branch, the winners' count and the buyer price. The
/// winners themselves and each stage's threshold sit in <see cref="MarketClearing"/>'s scratch buffers.
/// </summary>
/// <param name="Regime">Thick or thin.</param>
/// <param name="Branch">The branch taken.</param>
/// <param name="WillingBids">Thin: D; thick: 0.</param>
/// <param name="Crossing">Thick: k; thin: q.</param>
/// <param name="PriceCandidate">p0, the composite ask S_k, or the posted price.</param>
/// <param name="Winners">K, the number of bids served.</param>
/// <param name="BuyerPricePerUnit">What each winner pays per unit.</param>
internal readonly record struct MarketPlan(
    Regime Regime,
    ClearingBranch Branch,
    int WillingBids,
    int Crossing,
    UInt128 PriceCandidate,
    int Winners,
    UInt128 BuyerPricePerUnit);
