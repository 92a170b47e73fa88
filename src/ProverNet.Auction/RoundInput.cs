using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>
/// A snapshot of everything one round reads: the open orders, the class table with reference prices, the pipelines
/// and the settings. Collections may come in any order: the outcome depends on their contents only.
/// </summary>
/// <param name="BlockTime">Time of the block that clears; orders with <c>Expiry &lt; BlockTime</c> expire.</param>
/// <param name="Settings">Governed auction settings.</param>
/// <param name="Classes">Every class that orders may name, with its reference price.</param>
/// <param name="Pipelines">Pipeline templates; their stage classes serve composite bids only.</param>
/// <param name="Bids">Open bids.</param>
/// <param name="Offers">Open offers of eligible provers.</param>
public sealed record RoundInput(
    ulong BlockTime,
    AuctionSettings Settings,
    ImmutableArray<AuctionClass> Classes,
    ImmutableArray<PipelineTemplate> Pipelines,
    ImmutableArray<Bid> Bids,
    ImmutableArray<Offer> Offers);
