using ProverNet.Chain.Receipts;
using ProverNet.Core;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

/// <summary>
/// The logs of the Market system address, encoded exactly as Solidity would emit the events of
/// <c>contracts/l2/IProverMarket.sol</c>, so wallets decode them with the published ABI.
/// </summary>
public static class MarketEvents
{
    private static readonly Hash256 BidSubmittedTopic = EventTopics.Signature("BidSubmitted(uint256,address,uint32,uint32,uint32,uint96,uint64,uint64,bytes32,bytes32,string)");
    private static readonly Hash256 OfferSubmittedTopic = EventTopics.Signature("OfferSubmitted(uint256,address,uint32,uint96,uint64,uint256)");
    private static readonly Hash256 BidMatchedTopic = EventTopics.Signature("BidMatched(uint256,uint256,uint256,uint96,uint96)");
    private static readonly Hash256 JobAssignedTopic = EventTopics.Signature("JobAssigned(uint256,address,uint256,uint32,uint32,uint32,uint64,bytes32,bytes32,uint256)");
    private static readonly Hash256 JobFulfilledTopic = EventTopics.Signature("JobFulfilled(uint256,address,uint256,uint256,uint256)");
    private static readonly Hash256 JobFailedTopic = EventTopics.Signature("JobFailed(uint256,address,uint256,uint256)");
    private static readonly Hash256 BidRefundedTopic = EventTopics.Signature("BidRefunded(uint256,address,uint256,uint8)");
    private static readonly Hash256 OfferClosedTopic = EventTopics.Signature("OfferClosed(uint256,address,uint8)");

    /// <summary><c>BidSubmitted</c>; <paramref name="bid"/> is the decoded call (a composite bid has class 0 and its pipeline id).</summary>
    public static LogEntry BidSubmitted(ulong bidId, Address requester, SubmitBidCall bid)
    {
        ArgumentNullException.ThrowIfNull(bid);
        var data = new AbiWriter()
            .WriteUInt(bid.Composite ? bid.MarketId : 0)
            .WriteUInt(bid.Units)
            .WriteUInt(bid.MaxPricePerUnit)
            .WriteUInt(bid.Deadline)
            .WriteUInt(bid.Expiry)
            .WriteBytes32(bid.VkHash)
            .WriteBytes32(bid.PublicInputsHash)
            .WriteString(bid.InputUri);
        return Log(data, BidSubmittedTopic, EventTopics.Of(bidId), EventTopics.Of(requester), EventTopics.Of(bid.Composite ? 0 : bid.MarketId));
    }

    /// <summary><c>OfferSubmitted</c>.</summary>
    public static LogEntry OfferSubmitted(ulong offerId, Address prover, SubmitOfferCall offer, Amount lockedStake)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var data = new AbiWriter().WriteUInt(offer.AskPerUnit).WriteUInt(offer.Expiry).WriteUInt(lockedStake.Wei);
        return Log(data, OfferSubmittedTopic, EventTopics.Of(offerId), EventTopics.Of(prover), EventTopics.Of(offer.ClassId));
    }

    /// <summary><c>BidMatched</c>.</summary>
    public static LogEntry BidMatched(ulong bidId, ulong offerId, ulong jobId, UInt128 buyerPricePerUnit, UInt128 sellerPricePerUnit) =>
        Log(new AbiWriter().WriteUInt(buyerPricePerUnit).WriteUInt(sellerPricePerUnit), BidMatchedTopic, EventTopics.Of(bidId), EventTopics.Of(offerId), EventTopics.Of(jobId));

    /// <summary><c>JobAssigned</c>.</summary>
    public static LogEntry JobAssigned(ulong jobId, Address prover, ulong bidId, JobTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var data = new AbiWriter()
            .WriteUInt(terms.ClassId)
            .WriteUInt(terms.Stage)
            .WriteUInt(terms.Units)
            .WriteUInt(terms.Deadline)
            .WriteBytes32(terms.VkHash)
            .WriteBytes32(terms.PublicInputsHash)
            .WriteUInt(terms.ProverPay.Wei);
        return Log(data, JobAssignedTopic, EventTopics.Of(jobId), EventTopics.Of(prover), EventTopics.Of(bidId));
    }

    /// <summary><c>JobFulfilled</c>.</summary>
    public static LogEntry JobFulfilled(ulong jobId, Address prover, Amount proverPaid, Amount fee, Amount delegatorRewards) =>
        Log(new AbiWriter().WriteUInt(proverPaid.Wei).WriteUInt(fee.Wei).WriteUInt(delegatorRewards.Wei), JobFulfilledTopic, EventTopics.Of(jobId), EventTopics.Of(prover));

    /// <summary><c>JobFailed</c>.</summary>
    public static LogEntry JobFailed(ulong jobId, Address prover, Amount refund, Amount slashed) =>
        Log(new AbiWriter().WriteUInt(refund.Wei).WriteUInt(slashed.Wei), JobFailedTopic, EventTopics.Of(jobId), EventTopics.Of(prover));

    /// <summary><c>BidRefunded</c>.</summary>
    public static LogEntry BidRefunded(ulong bidId, Address requester, Amount amount, RefundReason reason) =>
        Log(new AbiWriter().WriteUInt(amount.Wei).WriteUInt((byte)reason), BidRefundedTopic, EventTopics.Of(bidId), EventTopics.Of(requester));

    /// <summary><c>OfferClosed</c>.</summary>
    public static LogEntry OfferClosed(ulong offerId, Address prover, OfferCloseReason reason) =>
        Log(new AbiWriter().WriteUInt((byte)reason), OfferClosedTopic, EventTopics.Of(offerId), EventTopics.Of(prover));

    private static LogEntry Log(AbiWriter data, params Hash256[] topics) => new(SystemAddresses.Market, topics, data.ToArray());
}
