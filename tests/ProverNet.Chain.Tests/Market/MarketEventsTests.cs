using Nethereum.Contracts;
using ProverNet.Chain.Market;
using ProverNet.Chain.Receipts;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Chain.Tests.Support;

namespace ProverNet.Chain.Tests.Market;

/// <summary>Each log is decoded by Nethereum with the compiled IProverMarket ABI, as a wallet would.</summary>
public class MarketEventsTests
{
    private static readonly ContractBuilder Market = new(ContractArtifacts.Load("IProverMarket").Abi, "0x0000000000000000000000000000000000000B01");
    private static readonly Address Alice = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
    private static readonly Hash256 VkHash = Keccak256.Hash([1]);
    private static readonly Hash256 InputsHash = Keccak256.Hash([2]);

    [Fact]
    public void BidSubmitted_PlainBid_DecodesWithClassIndexed()
    {
        var bid = new SubmitBidCall(false, 2, 64, 123_456, 1_000, 900, VkHash, InputsHash, "ipfs://input");

        var values = Decode("BidSubmitted", MarketEvents.BidSubmitted(7, Alice, bid));

        Assert.Equal(["7", Alice.ToString(), "2", "0", "64", "123456", "1000", "900", VkHash.ToString(), InputsHash.ToString(), "ipfs://input"], values);
    }

    [Fact]
    public void BidSubmitted_CompositeBid_CarriesThePipelineId()
    {
        var bid = new SubmitBidCall(true, 1, 8, 5, 0, 0, VkHash, InputsHash, string.Empty);

        var values = Decode("BidSubmitted", MarketEvents.BidSubmitted(9, Alice, bid));

        Assert.Equal("0", values[2]);
        Assert.Equal("1", values[3]);
        Assert.Equal(string.Empty, values[10]);
    }

    [Fact]
    public void OfferSubmitted_DecodesEveryField()
    {
        var values = Decode("OfferSubmitted", MarketEvents.OfferSubmitted(3, Alice, new SubmitOfferCall(2, 77, 500), Amount.FromBrev(1_000)));

        Assert.Equal(["3", Alice.ToString(), "2", "77", "500", Amount.FromBrev(1_000).ToString()], values);
    }

    [Fact]
    public void BidMatched_DecodesIdsAndPrices()
    {
        var max96 = (UInt128.One << 96) - 1;

        var values = Decode("BidMatched", MarketEvents.BidMatched(1, 2, 3, max96, 12));

        Assert.Equal(["1", "2", "3", max96.ToString(), "12"], values);
    }

    [Fact]
    public void JobAssigned_DecodesTheTerms()
    {
        var terms = new JobTerms(11, 1, 16, 4_000, VkHash, InputsHash, new Amount(290));

        var values = Decode("JobAssigned", MarketEvents.JobAssigned(5, Alice, 4, terms));

        Assert.Equal(["5", Alice.ToString(), "4", "11", "1", "16", "4000", VkHash.ToString(), InputsHash.ToString(), "290"], values);
    }

    [Fact]
    public void SettlementEvents_DecodeAmountsAndReasons()
    {
        Assert.Equal(["5", Alice.ToString(), "95", "5", "0"], Decode("JobFulfilled", MarketEvents.JobFulfilled(5, Alice, new Amount(95), new Amount(5), Amount.Zero)));
        Assert.Equal(["5", Alice.ToString(), "60", "10"], Decode("JobFailed", MarketEvents.JobFailed(5, Alice, new Amount(60), new Amount(10))));
        Assert.Equal(["8", Alice.ToString(), "6", "3"], Decode("BidRefunded", MarketEvents.BidRefunded(8, Alice, new Amount(6), RefundReason.JobFailed)));
        Assert.Equal(["9", Alice.ToString(), "3"], Decode("OfferClosed", MarketEvents.OfferClosed(9, Alice, OfferCloseReason.Ineligible)));
    }

    [Fact]
    public void Logs_ComeFromTheMarketAddress()
    {
        Assert.Equal(SystemAddresses.Market, MarketEvents.OfferClosed(1, Alice, OfferCloseReason.Matched).Address);
    }

    private static string[] Decode(string eventName, LogEntry log) => WalletLogDecoder.Decode(Market, eventName, log);
}
