using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>A served bid: who proves it (one offer per stage) and what everyone pays and gets.</summary>
/// <param name="BidId">The winning bid.</param>
/// <param name="Units">Its size.</param>
/// <param name="BuyerPricePerUnit">What the requester pays per unit; <c>BuyerPricePerUnit * Units</c> stays in job escrow.</param>
/// <param name="Refund">Escrow returned at once: <c>(maxPricePerUnit - BuyerPricePerUnit) * Units</c>.</param>
/// <param name="Provers">One assignment per stage, in stage order (a plain class has one stage).</param>
public readonly record struct Match(
    ulong BidId,
    uint Units,
    UInt128 BuyerPricePerUnit,
    UInt128 Refund,
    ImmutableArray<ProverAssignment> Provers);
