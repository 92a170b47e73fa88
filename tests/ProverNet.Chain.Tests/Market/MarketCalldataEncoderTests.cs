using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Market;

public sealed class MarketCalldataEncoderTests
{
    public static TheoryData<MarketCall> Calls() =>
    [
        new SubmitBidCall(false, 2, 8, 12_345, 600, 300, Keccak256.Hash([1]), Keccak256.Hash([2]), "ipfs://bafy/inputs"),
        new SubmitBidCall(true, 1, 1, (UInt128.One << 96) - 1, 0, 0, Hash256.Zero, Hash256.Zero, string.Empty),
        new SubmitOfferCall(3, 99, 0),
        new CancelOrderCall(OrderSide.Bid, 7),
        new CancelOrderCall(OrderSide.Offer, ulong.MaxValue),
    ];

    [Theory]
    [MemberData(nameof(Calls))]
    public void Encode_AnyCall_DecodesBackToIt(MarketCall call)
    {
        Assert.Equal(call, MarketCalldata.Decode(MarketCalldataEncoder.Encode(call)));
    }
}
