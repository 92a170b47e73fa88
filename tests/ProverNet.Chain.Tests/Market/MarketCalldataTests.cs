using System.Numerics;
using Nethereum.Contracts;
using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Tests.Market;

public class MarketCalldataTests
{
    private static readonly ContractBuilder Market = new(ContractArtifacts.Load("IProverMarket").Abi, "0x0000000000000000000000000000000000000B01");
    private static readonly byte[] VkHash = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] InputsHash = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
    private static readonly BigInteger MaxPrice = (BigInteger.One << 96) - 1;

    [Theory]
    [InlineData("submitBid", false)]
    [InlineData("submitCompositeBid", true)]
    public void Decode_BidEncodedByNethereum_ReadsEveryField(string function, bool composite)
    {
        var calldata = Encode(function, 7u, 4096u, MaxPrice, 1_800_000_000UL, 1_700_000_000UL, VkHash, InputsHash, "ipfs://bafy/ünïcode");

        var call = Assert.IsType<SubmitBidCall>(MarketCalldata.Decode(calldata));

        Assert.Equal(new SubmitBidCall(composite, 7, 4096, (UInt128)MaxPrice, 1_800_000_000, 1_700_000_000, new Hash256(VkHash), new Hash256(InputsHash), "ipfs://bafy/ünïcode"), call);
    }

    [Fact]
    public void Decode_OfferEncodedByNethereum_ReadsEveryField()
    {
        var call = MarketCalldata.Decode(Encode("submitOffer", 3u, new BigInteger(12345), 99UL));

        Assert.Equal(new SubmitOfferCall(3, 12345, 99), call);
    }

    [Theory]
    [InlineData("cancelBid", OrderSide.Bid)]
    [InlineData("cancelOffer", OrderSide.Offer)]
    public void Decode_CancelEncodedByNethereum_ReadsSideAndId(string function, OrderSide side)
    {
        Assert.Equal(new CancelOrderCall(side, 42), MarketCalldata.Decode(Encode(function, new BigInteger(42))));
    }

    [Theory]
    [InlineData("submitBid")]
    [InlineData("submitCompositeBid")]
    [InlineData("submitOffer")]
    [InlineData("cancelBid")]
    [InlineData("cancelOffer")]
    public void Selectors_MatchTheCompiledAbi(string function)
    {
        var selector = Market.GetFunctionBuilder(function).FunctionABI.Sha3Signature;
        var ours = typeof(MarketCalldata).GetField(char.ToUpperInvariant(function[0]) + function[1..])!.GetValue(null)!;

        Assert.Equal("0x" + selector, ours.ToString());
    }

    [Theory]
    [InlineData("0x1234", "no 4-byte function selector")]
    [InlineData("0xdeadbeef", "not a state-changing function")]
    public void Decode_NoKnownSelector_Throws(string hex, string reason)
    {
        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(Hex.Decode(hex)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedOffer_Throws()
    {
        var calldata = Encode("submitOffer", 3u, new BigInteger(1), 1UL)[..^1];

        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));

        Assert.Contains("expected 96", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OfferWithTrailingBytes_Throws()
    {
        var calldata = Encode("submitOffer", 3u, new BigInteger(1), 1UL).Concat(new byte[32]).ToArray();

        Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));
    }

    [Theory]
    [InlineData(4 + 31 - 4, "classId")]
    [InlineData(4 + 32 + 31 - 12, "askPerUnit")]
    [InlineData(4 + 64, "expiry")]
    public void Decode_ValueWiderThanItsType_NamesTheArgument(int byteToSet, string argument)
    {
        var calldata = Encode("submitOffer", 3u, new BigInteger(1), 1UL);
        calldata[byteToSet] = 1;

        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));

        Assert.StartsWith(argument + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CancelIdAbove64Bits_Throws()
    {
        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(Encode("cancelBid", BigInteger.One << 64)));

        Assert.StartsWith("bidId:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_StringOffsetOutsideArguments_Throws()
    {
        var calldata = BidCalldata("x");
        calldata[4 + (7 * 32) + 31] = 0xE0;
        calldata[4 + (7 * 32) + 30] = 0x7F;

        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));

        Assert.Contains("outside the arguments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_StringLengthPastTheEnd_Throws()
    {
        var calldata = BidCalldata("abc");
        calldata[4 + (8 * 32) + 31] = 200;

        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));

        Assert.Contains("arguments end first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8Uri_Throws()
    {
        var calldata = BidCalldata("abc");
        calldata[4 + (9 * 32)] = 0xFF;

        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(calldata));

        Assert.Equal("inputUri: not valid UTF-8", error.Message);
    }

    [Fact]
    public void Decode_UriLongerThanTheLimit_Throws()
    {
        var error = Assert.Throws<AbiDecodingException>(() => MarketCalldata.Decode(BidCalldata(new string('a', MarketCalldata.MaxInputUriBytes + 1))));

        Assert.Contains("at most 1024", error.Message, StringComparison.Ordinal);
    }

    private static byte[] BidCalldata(string uri) => Encode("submitBid", 1u, 1u, BigInteger.One, 0UL, 0UL, VkHash, InputsHash, uri);

    private static byte[] Encode(string function, params object[] arguments) =>
        Hex.Decode(Market.GetFunctionBuilder(function).GetData(arguments));
}
