using ProverNet.Auction.Tests.Support;

namespace ProverNet.Auction.Tests;

public class OrderValidationTests
{
    [Fact]
    public void ValidateBids_ZeroPrice_NamesTheBid()
    {
        var error = Assert.Throws<AuctionInputException>(() => new RoundBuilder().Class(0, 10).Bids(5).Bid(0).Clear());

        Assert.Equal((AuctionInputError.PriceOutOfBounds, OrderSide.Bid, 2UL), (error.Error, error.Side, error.OrderId));
    }

    [Fact]
    public void ValidateOffers_AskAbove96Bits_NamesTheOffer()
    {
        var error = Assert.Throws<AuctionInputException>(() => new RoundBuilder().Class(0, 10).Offer(OrderBounds.MaxPricePerUnit + 1).Clear());

        Assert.Equal((AuctionInputError.PriceOutOfBounds, OrderSide.Offer, 1UL), (error.Error, error.Side, error.OrderId));
    }

    [Fact]
    public void ValidateBids_ZeroUnits_Rejected()
    {
        var error = Assert.Throws<AuctionInputException>(() => new RoundBuilder().Class(0, 10).Bid(5, units: 0).Clear());

        Assert.Equal(AuctionInputError.UnitsOutOfBounds, error.Error);
    }

    [Fact]
    public void ValidateBids_UnitsOutsideClassTier_Rejected()
    {
        var input = new RoundBuilder().Class(0, 10).Bid(5, units: 11).Build() with { Classes = [new AuctionClass(0, 10, 1, 10)] };

        var error = Assert.Throws<AuctionInputException>(() => TodaAuction.Clear(input));

        Assert.Equal((AuctionInputError.UnitsOutOfBounds, 1UL), (error.Error, error.OrderId));
    }

    [Theory]
    [InlineData(MarketKind.Class, AuctionInputError.UnknownClass)]
    [InlineData(MarketKind.Pipeline, AuctionInputError.UnknownPipeline)]
    public void ValidateBids_UnknownMarket_Rejected(MarketKind kind, AuctionInputError expected)
    {
        var builder = new RoundBuilder().Class(0, 10);
        var round = kind == MarketKind.Class ? builder.Bid(5, classId: 3) : builder.CompositeBid(3, 5);

        Assert.Equal(expected, Assert.Throws<AuctionInputException>(round.Clear).Error);
    }

    [Fact]
    public void ValidateBids_PlainBidOnStageClass_Rejected()
    {
        var round = new RoundBuilder().Class(1, 10).Class(2, 10).Pipeline(7, 1, 2).Bid(5, classId: 2);

        Assert.Equal(AuctionInputError.StageClassNotBiddable, Assert.Throws<AuctionInputException>(round.Clear).Error);
    }

    [Fact]
    public void ValidateOffers_UnknownClass_NamesTheOffer()
    {
        var error = Assert.Throws<AuctionInputException>(() => new RoundBuilder().Class(0, 10).Offer(5, classId: 4).Clear());

        Assert.Equal((AuctionInputError.UnknownClass, OrderSide.Offer, 1UL), (error.Error, error.Side, error.OrderId));
    }

    [Fact]
    public void ValidateBids_EscrowBeyond128Bits_Rejected()
    {
        var round = new RoundBuilder().Class(0, 10);
        for (var i = 0; i < 300; i++)
        {
            round.Bid(OrderBounds.MaxPricePerUnit, units: uint.MaxValue);
        }

        Assert.Equal(AuctionInputError.EscrowOverflow, Assert.Throws<AuctionInputException>(round.Clear).Error);
    }
}
