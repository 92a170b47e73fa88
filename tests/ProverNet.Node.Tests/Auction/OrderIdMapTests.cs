using ProverNet.Core.Json;
using ProverNet.Node.Auction;

namespace ProverNet.Node.Tests.Auction;

public class OrderIdMapTests
{
    [Fact]
    public void Create_AnyFileOrder_SameEngineIds()
    {
        var forward = OrderIdMap.Create(["b", "a", "c"], ["bids[0]", "bids[1]", "bids[2]"]);
        var backward = OrderIdMap.Create(["c", "a", "b"], ["bids[0]", "bids[1]", "bids[2]"]);

        Assert.Equal([0UL, 1, 2], new[] { "a", "b", "c" }.Select(forward.EngineId));
        Assert.Equal([0UL, 1, 2], new[] { "a", "b", "c" }.Select(backward.EngineId));
        Assert.Equal(("c", "bids[0]"), (backward.FileId(2), backward.PathOf(2)));
    }

    [Fact]
    public void Create_RepeatedId_FailsAtSecondOccurrence()
    {
        var error = Assert.Throws<JsonFieldException>(() => OrderIdMap.Create(["a", "b", "a"], ["bids[0]", "bids[1]", "bids[2]"]));

        Assert.Equal("bids[2].id", error.Path);
    }
}
