using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>
/// A market's books as the rule read them, for <c>--explain</c>: in a thick round sorted by price (ties by seq), in a
/// thin round in seq order. Diagnostic only: not part of the outcome's encoding.
/// </summary>
/// <param name="Market">The class or pipeline.</param>
/// <param name="BidIds">Bids taking part, in reading order.</param>
/// <param name="OfferIds">Per stage, offers taking part, in reading order.</param>
public sealed record MarketBook(MarketRef Market, ImmutableArray<ulong> BidIds, ImmutableArray<ImmutableArray<ulong>> OfferIds);
