using ProverNet.Auction;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

/// <summary>Decodes calldata sent to the Market system address against the published <c>IProverMarket</c> ABI.</summary>
public static class MarketCalldata
{
    /// <summary>Longest <c>inputUri</c> accepted, in bytes: a locator, not the inputs themselves.</summary>
    public const int MaxInputUriBytes = 1024;

    private const string BidArguments = "uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string";

    /// <summary><c>submitBid</c>.</summary>
    public static readonly FunctionSelector SubmitBid = FunctionSelector.Of($"submitBid({BidArguments})");

    /// <summary><c>submitCompositeBid</c>.</summary>
    public static readonly FunctionSelector SubmitCompositeBid = FunctionSelector.Of($"submitCompositeBid({BidArguments})");

    /// <summary><c>submitOffer</c>.</summary>
    public static readonly FunctionSelector SubmitOffer = FunctionSelector.Of("submitOffer(uint32,uint96,uint64)");

    /// <summary><c>cancelBid</c>.</summary>
    public static readonly FunctionSelector CancelBid = FunctionSelector.Of("cancelBid(uint256)");

    /// <summary><c>cancelOffer</c>.</summary>
    public static readonly FunctionSelector CancelOffer = FunctionSelector.Of("cancelOffer(uint256)");

    /// <summary>Decodes one state-changing Market call.</summary>
    /// <exception cref="AbiDecodingException">Unknown selector, or arguments that do not decode; the message says which.</exception>
    public static MarketCall Decode(ReadOnlySpan<byte> calldata)
    {
        var selector = FunctionSelector.Read(calldata);
        var arguments = new AbiReader(calldata[4..]);
        if (selector == SubmitBid || selector == SubmitCompositeBid)
        {
            return DecodeBid(arguments, composite: selector == SubmitCompositeBid);
        }

        if (selector == SubmitOffer)
        {
            arguments.EnsureHeadLength(3, hasDynamicTail: false);
            return new SubmitOfferCall(
                ClassId: (uint)arguments.ReadUInt(0, 32, "classId"),
                AskPerUnit: arguments.ReadUInt128(1, 96, "askPerUnit"),
                Expiry: arguments.ReadUInt(2, 64, "expiry"));
        }

        if (selector == CancelBid || selector == CancelOffer)
        {
            arguments.EnsureHeadLength(1, hasDynamicTail: false);
            var side = selector == CancelBid ? OrderSide.Bid : OrderSide.Offer;
            return new CancelOrderCall(side, arguments.ReadId(0, side == OrderSide.Bid ? "bidId" : "offerId"));
        }

        throw new AbiDecodingException($"function selector {selector} is not a state-changing function of IProverMarket");
    }

    private static SubmitBidCall DecodeBid(AbiReader arguments, bool composite)
    {
        arguments.EnsureHeadLength(8, hasDynamicTail: true);
        return new SubmitBidCall(
            Composite: composite,
            MarketId: (uint)arguments.ReadUInt(0, 32, composite ? "pipelineId" : "classId"),
            Units: (uint)arguments.ReadUInt(1, 32, "units"),
            MaxPricePerUnit: arguments.ReadUInt128(2, 96, "maxPricePerUnit"),
            Deadline: arguments.ReadUInt(3, 64, "deadline"),
            Expiry: arguments.ReadUInt(4, 64, "expiry"),
            VkHash: arguments.ReadBytes32(5, "vkHash"),
            PublicInputsHash: arguments.ReadBytes32(6, "publicInputsHash"),
            InputUri: arguments.ReadString(7, MaxInputUriBytes, "inputUri"));
    }
}
