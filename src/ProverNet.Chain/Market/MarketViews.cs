using ProverNet.Auction;
using ProverNet.Core.Abi;

namespace ProverNet.Chain.Market;

/// <summary>
/// The view functions of <c>IProverMarket</c>: their selectors, and return data encoded exactly as Solidity returns the
/// declared structs (a struct with a string is dynamic, so it comes behind a 32-byte offset; a static one is inline).
/// </summary>
public static class MarketViews
{
    /// <summary><c>getBid(uint256)</c>.</summary>
    public static readonly FunctionSelector GetBid = FunctionSelector.Of("getBid(uint256)");

    /// <summary><c>getOffer(uint256)</c>.</summary>
    public static readonly FunctionSelector GetOffer = FunctionSelector.Of("getOffer(uint256)");

    /// <summary><c>getJob(uint256)</c>.</summary>
    public static readonly FunctionSelector GetJob = FunctionSelector.Of("getJob(uint256)");

    /// <summary><c>getClass(uint32)</c>.</summary>
    public static readonly FunctionSelector GetClass = FunctionSelector.Of("getClass(uint32)");

    /// <summary><c>referencePrice(uint32)</c>.</summary>
    public static readonly FunctionSelector ReferencePrice = FunctionSelector.Of("referencePrice(uint32)");

    /// <summary>Return data of <c>getBid</c>.</summary>
    public static byte[] EncodeBid(BidRecord bid) => Dynamic(new AbiWriter()
        .WriteUInt(bid.Id)
        .WriteAddress(bid.Requester)
        .WriteUInt(bid.Market.Kind == MarketKind.Class ? bid.Market.Id : 0)
        .WriteUInt(bid.Market.Kind == MarketKind.Pipeline ? bid.Market.Id : 0)
        .WriteUInt(bid.Units)
        .WriteUInt(bid.MaxPricePerUnit)
        .WriteUInt(bid.Deadline)
        .WriteUInt(bid.Expiry)
        .WriteUInt(bid.Seq)
        .WriteUInt((byte)bid.Status)
        .WriteBytes32(bid.VkHash)
        .WriteBytes32(bid.PublicInputsHash)
        .WriteUInt(bid.Escrow.Wei)
        .WriteString(bid.InputUri));

    /// <summary>Return data of <c>getOffer</c>.</summary>
    public static byte[] EncodeOffer(OfferRecord offer) => new AbiWriter()
        .WriteUInt(offer.Id)
        .WriteAddress(offer.Prover)
        .WriteUInt(offer.ClassId)
        .WriteUInt(offer.AskPerUnit)
        .WriteUInt(offer.Expiry)
        .WriteUInt(offer.Seq)
        .WriteUInt((byte)offer.Status)
        .WriteUInt(offer.LockedStake.Wei)
        .ToArray();

    /// <summary>Return data of <c>getJob</c>.</summary>
    public static byte[] EncodeJob(JobRecord job) => new AbiWriter()
        .WriteUInt(job.Id)
        .WriteUInt(job.BidId)
        .WriteUInt(job.OfferId)
        .WriteAddress(job.Requester)
        .WriteAddress(job.Prover)
        .WriteUInt(job.ClassId)
        .WriteUInt(job.Stage)
        .WriteUInt(job.Units)
        .WriteUInt(job.BuyerPricePerUnit)
        .WriteUInt(job.SellerPricePerUnit)
        .WriteUInt(job.Deadline)
        .WriteUInt((byte)job.Status)
        .WriteBytes32(job.VkHash)
        .WriteBytes32(job.PublicInputsHash)
        .WriteUInt(job.ProverPay.Wei)
        .ToArray();

    /// <summary>Return data of <c>getClass</c>.</summary>
    public static byte[] EncodeClass(MarketClass marketClass, UInt128 referencePrice, OpenCounts counts)
    {
        ArgumentNullException.ThrowIfNull(marketClass);
        return Dynamic(new AbiWriter()
            .WriteUInt(marketClass.Id)
            .WriteString(marketClass.Name)
            .WriteString(marketClass.ProofSystem)
            .WriteUInt(marketClass.MinUnits)
            .WriteUInt(marketClass.MaxUnits)
            .WriteUInt(marketClass.ProvingWindowSec)
            .WriteUInt(marketClass.MaxOrderLifetimeSec)
            .WriteUInt(marketClass.MinProverStake.Wei)
            .WriteUInt(marketClass.JobStakeBps)
            .WriteUInt(marketClass.MaxProofBytes)
            .WriteUInt(marketClass.SecurityBits)
            .WriteUInt(marketClass.Enabled ? 1U : 0U)
            .WriteUInt(referencePrice)
            .WriteUInt(counts.Bids)
            .WriteUInt(counts.Offers));
    }

    /// <summary>Return data of <c>referencePrice</c>.</summary>
    public static byte[] EncodeReferencePrice(UInt128 price) => new AbiWriter().WriteUInt(price).ToArray();

    // A lone dynamic return value sits behind the offset of its tail, which is right after that one head word.
    private static byte[] Dynamic(AbiWriter tuple)
    {
        var offset = new AbiWriter().WriteUInt(32).ToArray();
        return [.. offset, .. tuple.ToArray()];
    }
}
