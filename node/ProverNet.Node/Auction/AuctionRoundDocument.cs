using ProverNet.Auction;
using ProverNet.Core.Json;

namespace ProverNet.Node.Auction;

/// <summary>A round read from JSON: the engine's input and the way back from engine ids to the file's ids and fields.</summary>
/// <param name="Input">The engine input.</param>
/// <param name="BidIds">Bid ids.</param>
/// <param name="OfferIds">Offer ids.</param>
internal sealed record AuctionRoundDocument(RoundInput Input, OrderIdMap BidIds, OrderIdMap OfferIds)
{
    /// <summary>The engine's complaint about an order, restated as an error on the file's field.</summary>
    public JsonFieldException ToFieldError(AuctionInputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.OrderId is not { } orderId)
        {
            var table = error.Error is AuctionInputError.InvalidPipeline or AuctionInputError.UnknownClass ? "pipelines" : "classes";
            return new JsonFieldException(table, error.Message);
        }

        var map = error.Side == OrderSide.Bid ? BidIds : OfferIds;
        var field = error.Error switch
        {
            AuctionInputError.PriceOutOfBounds => error.Side == OrderSide.Bid ? ".maxPricePerUnit" : ".askPerUnit",
            AuctionInputError.UnitsOutOfBounds or AuctionInputError.EscrowOverflow => ".units",
            AuctionInputError.UnknownPipeline => ".pipeline",
            AuctionInputError.UnknownClass or AuctionInputError.StageClassNotBiddable => ".class",
            _ => ".id",
        };
        return new JsonFieldException(map.PathOf(orderId) + field, error.Detail);
    }
}
