using ProverNet.Auction.Tests.Support;

namespace ProverNet.Auction.Tests;

public class OrderColumnsTests
{
    [Fact]
    public void Group_TakingPartOnly_GroupsInCanonicalOrder()
    {
        Offer[] offers = [Offer(1, ask: 7, classId: 1), Offer(2, ask: 5, classId: 0), Offer(3, ask: 9, classId: 1), Offer(4, ask: 3, classId: 0)];
        OrderState[] states = [OrderState.TakingPart, OrderState.TakingPart, OrderState.Expired, OrderState.TakingPart];

        var columns = OrderColumns.Group<Offer>(offers, states, [1, 0, 1, 0], groupCount: 2);

        Assert.Equal((0, 2, 2, 3), (columns.Start[0], columns.End[0], columns.Start[1], columns.End[1]));
        Assert.Equal([2UL, 4, 1], columns.Id);
        Assert.Equal([(UInt128)5, 3, 7], columns.Price);
    }

    [Fact]
    public void Compact_WaitingOrder_DroppedOthersKeepOrder()
    {
        Offer[] offers = [Offer(1, 7, 0), Offer(2, 5, 0), Offer(3, 9, 0)];
        OrderState[] states = [OrderState.TakingPart, OrderState.TakingPart, OrderState.TakingPart];
        var columns = OrderColumns.Group<Offer>(offers, states, [0, 0, 0], groupCount: 1);
        states[1] = OrderState.Open;

        columns.Compact(0, states);

        Assert.Equal(2, columns.Count(0));
        Assert.Equal([1UL, 3], columns.Id[..2]);
        Assert.Equal([(UInt128)7, 9], columns.Price[..2]);
    }

    private static Offer Offer(ulong id, int ask, uint classId) => new(id, id, classId, (UInt128)ask, ulong.MaxValue, RoundBuilder.Account((uint)id));
}
