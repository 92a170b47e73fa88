namespace ProverNet.Chain.Market;

/// <summary><c>submitOffer</c>: one slot of proving capacity in a class.</summary>
/// <param name="ClassId">The class served.</param>
/// <param name="AskPerUnit">Gross ask per unit, wei (below 2^96).</param>
/// <param name="Expiry">Latest L2 time to be matched; 0 means the class default.</param>
public sealed record SubmitOfferCall(uint ClassId, UInt128 AskPerUnit, ulong Expiry) : MarketCall;
