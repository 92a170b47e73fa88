using ProverNet.Auction;
using ProverNet.Core.Json;
using ProverNet.Node.Auction;

namespace ProverNet.Node.Tests.Auction;

public class RoundInputReaderTests
{
    [Fact]
    public void Read_MinimalRound_DefaultsSettingsExpiryAndAccounts()
    {
        var document = RoundInputReader.Read("""
            {"blockTime": 5, "classes": [{"id": 3, "referencePrice": "7"}],
             "bids": [{"id": "x", "seq": 1, "class": 3, "units": 2, "maxPricePerUnit": "9"}, {"id": "y", "seq": 2, "class": 3, "units": 1, "maxPricePerUnit": "9"}],
             "offers": [{"id": "x", "seq": 3, "class": 3, "askPerUnit": "4"}]}
            """);

        var input = document.Input;
        Assert.Equal(AuctionSettings.Default, input.Settings);
        Assert.Equal(new AuctionClass(3, 7), input.Classes.Single());
        Assert.All(input.Bids, bid => Assert.Equal(ulong.MaxValue, bid.Expiry));
        Assert.NotEqual(input.Bids[0].Requester, input.Bids[1].Requester);
        Assert.NotEqual(input.Bids[0].Requester, input.Offers[0].Prover);
    }

    [Fact]
    public void Read_BidWithClassAndPipeline_FailsNamingTheBid()
    {
        var error = Assert.Throws<JsonFieldException>(() => RoundInputReader.Read("""
            {"blockTime": 5, "classes": [], "offers": [],
             "bids": [{"id": "x", "seq": 1, "class": 3, "pipeline": 1, "units": 2, "maxPricePerUnit": "9"}]}
            """));

        Assert.Equal("round.bids[0]", error.Path);
    }

    [Fact]
    public void Read_PriceAbove96Bits_FailsNamingTheField()
    {
        var error = Assert.Throws<JsonFieldException>(() => RoundInputReader.Read("""
            {"blockTime": 5, "classes": [], "bids": [],
             "offers": [{"id": "x", "seq": 1, "class": 3, "askPerUnit": "79228162514264337593543950336"}]}
            """));

        Assert.Equal("round.offers[0].askPerUnit", error.Path);
    }

    [Fact]
    public void ToFieldError_UnknownPipeline_NamesPipelineField()
    {
        var document = RoundInputReader.Read("""
            {"blockTime": 5, "classes": [], "offers": [],
             "bids": [{"id": "x", "seq": 1, "pipeline": 4, "units": 2, "maxPricePerUnit": "9"}]}
            """);

        var failure = Assert.Throws<AuctionInputException>(() => TodaAuction.Clear(document.Input));

        Assert.Equal("round.bids[0].pipeline", document.ToFieldError(failure).Path);
    }
}
