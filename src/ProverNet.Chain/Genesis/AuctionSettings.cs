namespace ProverNet.Chain.Genesis;

/// <summary>Governed settings of the TODA clearing rule (toda.md).</summary>
/// <param name="IntervalBlocks">Blocks between clearing rounds.</param>
/// <param name="ThickMarketMinOrders">Bids and offers each a class needs in a round to clear by McAfee instead of the posted price.</param>
/// <param name="ReferenceStepBps">Largest move of a thin class's reference price per round, in basis points.</param>
public sealed record AuctionSettings(uint IntervalBlocks, uint ThickMarketMinOrders, uint ReferenceStepBps);
