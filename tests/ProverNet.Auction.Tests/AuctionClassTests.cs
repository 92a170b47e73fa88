using ProverNet.Core;

namespace ProverNet.Auction.Tests;

public class AuctionClassTests
{
    [Fact]
    public void From_RegisteredClass_TakesIdAndSizeTier()
    {
        var registered = new MarketClass(4, "zkvm-small", "groth16-bn254", 10, 500, 60, 86_400, Amount.FromBrev(1), 1000, 260, 128, 7, true);

        Assert.Equal(new AuctionClass(4, 99, 10, 500), AuctionClass.From(registered, 99));
    }
}
