namespace ProverNet.Node.Sequencing;

/// <summary>The class a synthetic load trades in and the price its orders spread around.</summary>
/// <param name="ClassId">The market class.</param>
/// <param name="ReferencePrice">Price per unit, wei, that bids and asks spread around.</param>
public readonly record struct MarketClassTarget(uint ClassId, UInt128 ReferencePrice);
