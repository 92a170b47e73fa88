namespace ProverNet.Auction;

/// <summary>A class's reference price <c>R</c> after the round.</summary>
/// <param name="ClassId">The class.</param>
/// <param name="Price">Wei per unit, 1..2^96-1.</param>
public readonly record struct ReferencePrice(uint ClassId, UInt128 Price);
