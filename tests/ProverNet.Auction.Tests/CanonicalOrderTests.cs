using ProverNet.Auction.Tests.Support;

namespace ProverNet.Auction.Tests;

public class CanonicalOrderTests
{
    [Fact]
    public void Sort_UnsortedInput_OrdersBySeqThenId()
    {
        var sorted = CanonicalOrder.Sort([Bid(id: 5, seq: 2), Bid(id: 9, seq: 1), Bid(id: 3, seq: 2)], OrderSide.Bid);

        Assert.Equal([9UL, 3, 5], sorted.Select(bid => bid.Id));
    }

    [Fact]
    public void Sort_SortedInput_UsesTheInputArray()
    {
        Bid[] bids = [Bid(id: 1, seq: 1), Bid(id: 2, seq: 2)];

        Assert.Same(bids, CanonicalOrder.Sort(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(bids), OrderSide.Bid));
    }

    [Fact]
    public void Sort_DuplicateIdAtDifferentSeq_ThrowsNamingTheId()
    {
        var error = Assert.Throws<AuctionInputException>(() => CanonicalOrder.Sort([Bid(id: 4, seq: 1), Bid(id: 7, seq: 2), Bid(id: 4, seq: 3)], OrderSide.Bid));

        Assert.Equal((AuctionInputError.DuplicateBidId, 4UL), (error.Error, error.OrderId));
    }

    [Fact]
    public void Sort_DuplicateOfferId_ReportsOfferError()
    {
        Offer first = new(1, 1, 0, 5, 10, RoundBuilder.Account(1)), second = new(1, 1, 0, 6, 10, RoundBuilder.Account(2));

        Assert.Equal(AuctionInputError.DuplicateOfferId, Assert.Throws<AuctionInputException>(() => CanonicalOrder.Sort([first, second], OrderSide.Offer)).Error);
    }

    private static Bid Bid(ulong id, ulong seq) => new(id, seq, MarketRef.Class(0), 1, 10, 10, RoundBuilder.Account((uint)id));
}
