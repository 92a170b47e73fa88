using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>Bid ids and offer ids, each in (seq, id) order.</summary>
/// <param name="Bids">Bid ids.</param>
/// <param name="Offers">Offer ids.</param>
public sealed record OrderIdLists(ImmutableArray<ulong> Bids, ImmutableArray<ulong> Offers);
