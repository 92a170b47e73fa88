namespace ProverNet.Auction.Tests;

public class MarketDirectoryTests
{
    [Fact]
    public void Build_ClassesAndPipeline_PlainClassesByIdThenPipelines()
    {
        var directory = MarketDirectory.Build([new(9, 1), new(2, 1), new(5, 1), new(1, 1)], [new PipelineTemplate(3, "p", [5, 1])]);

        Assert.Equal([MarketRef.Class(2), MarketRef.Class(9), MarketRef.Pipeline(3)], directory.Markets);
        Assert.Equal([0, 1, 2, 4], directory.FirstStage);
        Assert.Equal([2u, 9, 5, 1], directory.StageClasses.Select(stage => stage.Id));
    }

    [Fact]
    public void Build_DuplicateClass_Throws()
    {
        Assert.Equal(AuctionInputError.DuplicateClass, Assert.Throws<AuctionInputException>(() => MarketDirectory.Build([new(1, 1), new(1, 2)], [])).Error);
    }

    [Fact]
    public void Build_ZeroReferencePrice_Throws()
    {
        Assert.Equal(AuctionInputError.ReferencePriceOutOfBounds, Assert.Throws<AuctionInputException>(() => MarketDirectory.Build([new(1, 0)], [])).Error);
    }

    [Theory]
    [InlineData(new uint[] { })]
    [InlineData(new uint[] { 1, 1 })]
    public void Build_EmptyOrRepeatingPipeline_Throws(uint[] stages)
    {
        Assert.Equal(AuctionInputError.InvalidPipeline, Assert.Throws<AuctionInputException>(() => MarketDirectory.Build([new(1, 1)], [new PipelineTemplate(1, "p", stages)])).Error);
    }

    [Fact]
    public void Build_PipelineWithUnknownStage_Throws()
    {
        Assert.Equal(AuctionInputError.UnknownClass, Assert.Throws<AuctionInputException>(() => MarketDirectory.Build([new(1, 1)], [new PipelineTemplate(1, "p", [2])])).Error);
    }
}
