using ProverNet.Auction;

namespace ProverNet.Chain.Genesis;

/// <summary>Governed settings of market clearing (docs/clearing-rule.md): when rounds run, and the clearing rule's own settings.</summary>
/// <param name="IntervalBlocks">Blocks between clearing rounds.</param>
/// <param name="Clearing">Thick-market threshold and reference-price step, as the TODA engine takes them.</param>
public sealed record AuctionParameters(uint IntervalBlocks, AuctionSettings Clearing);
