using ProverNet.Auction;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

/// <summary>
/// Encodes Market calls as a wallet would (the inverse of <see cref="MarketCalldata"/>): for dev tooling, the synthetic
/// load, benchmarks and tests that sign transactions in .NET without an ABI library.
/// </summary>
public static class MarketCalldataEncoder
{
    /// <summary>The calldata of <paramref name="call"/>: selector then ABI-encoded arguments.</summary>
    public static byte[] Encode(MarketCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call switch
        {
            SubmitBidCall bid => (bid.Composite ? MarketCalldata.SubmitCompositeBid : MarketCalldata.SubmitBid).Call(
                new AbiWriter()
                    .WriteUInt(bid.MarketId)
                    .WriteUInt(bid.Units)
                    .WriteUInt(bid.MaxPricePerUnit)
                    .WriteUInt(bid.Deadline)
                    .WriteUInt(bid.Expiry)
                    .WriteBytes32(bid.VkHash)
                    .WriteBytes32(bid.PublicInputsHash)
                    .WriteString(bid.InputUri)),
            SubmitOfferCall offer => MarketCalldata.SubmitOffer.Call(
                new AbiWriter().WriteUInt(offer.ClassId).WriteUInt(offer.AskPerUnit).WriteUInt(offer.Expiry)),
            CancelOrderCall cancel => (cancel.Side == OrderSide.Bid ? MarketCalldata.CancelBid : MarketCalldata.CancelOffer).Call(
                new AbiWriter().WriteUInt(cancel.OrderId)),
            _ => throw new ArgumentException($"{call.GetType().Name} is not a Market call this encoder knows", nameof(call)),
        };
    }
}
