namespace ProverNet.Chain.Tests.Market.Support;

/// <summary>Canonical signatures of the Market's events, to pick logs out of a block.</summary>
internal static class MarketEventNames
{
    public const string BidSubmitted = "BidSubmitted(uint256,address,uint32,uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)";
    public const string OfferSubmitted = "OfferSubmitted(uint256,address,uint32,uint96,uint64,uint256)";
    public const string BidMatched = "BidMatched(uint256,uint256,uint256,uint96,uint96)";
    public const string JobAssigned = "JobAssigned(uint256,address,uint256,uint32,uint32,uint32,uint64,bytes32,bytes32,uint256)";
    public const string JobFulfilled = "JobFulfilled(uint256,address,uint256,uint256,uint256)";
    public const string JobFailed = "JobFailed(uint256,address,uint256,uint256)";
    public const string BidRefunded = "BidRefunded(uint256,address,uint256,uint8)";
    public const string OfferClosed = "OfferClosed(uint256,address,uint8)";
}
