using ProverNet.Auction;

namespace ProverNet.Chain.Market;

/// <summary><c>cancelBid</c> or <c>cancelOffer</c>.</summary>
/// <param name="Side">Which book the order is in.</param>
/// <param name="OrderId">The bid or offer id.</param>
public sealed record CancelOrderCall(OrderSide Side, ulong OrderId) : MarketCall;
