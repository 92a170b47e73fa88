using ProverNet.Auction;
using ProverNet.Chain.Market;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Market;

/// <summary>Canonical encodings of BidRecord, OfferRecord, JobRecord, MarketCounters and OpenCounts (FieldWriter/FieldReader).</summary>
public class MarketRecordsTests
{
    private static readonly Address Alice = Address.Parse("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65");
    private static readonly BidRecord Bid = new(7, Alice, MarketRef.Pipeline(3), 12, (UInt128.One << 96) - 1, 900, 800, 44, BidStatus.Open, Keccak256.Hash([1]), Keccak256.Hash([2]), Amount.MaxValue, "ipfs://ünïcode");
    private static readonly OfferRecord Offer = new(8, Alice, 2, 77, 500, 45, OfferStatus.Ineligible, new Amount(100));
    private static readonly JobRecord Job = new(9, 7, 8, Alice, Alice, 2, 1, 2, 12, 40, 30, 900, JobStatus.Failed, Keccak256.Hash([1]), Hash256.Zero, new Amount(360), new Amount(100));

    [Fact]
    public void Records_RoundTrip()
    {
        Assert.Equal(Bid, BidRecord.Decode(Bid.Encode()));
        Assert.Equal(Offer, OfferRecord.Decode(Offer.Encode()));
        Assert.Equal(Job, JobRecord.Decode(Job.Encode()));
        Assert.Equal(new MarketCounters(1, 2, 3, 4), MarketCounters.Decode(new MarketCounters(1, 2, 3, 4).Encode()));
        Assert.Equal(new OpenCounts(5, 6), OpenCounts.Decode(new OpenCounts(5, 6).Encode()));
    }

    [Fact]
    public void OfferEncoding_IsFixedWidthBigEndian()
    {
        var bytes = Offer.Encode();

        Assert.Equal(8 + 20 + 4 + 16 + 8 + 8 + 1 + 16, bytes.Length);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 8], bytes[..8]);
        Assert.Equal((byte)OfferStatus.Ineligible, bytes[64]);
    }

    [Fact]
    public void Decode_Truncated_ThrowsCorrupt()
    {
        var error = Assert.Throws<InvalidDataException>(() => JobRecord.Decode(Job.Encode().AsSpan(0, 40)));

        Assert.Equal("a stored job is corrupt: truncated", error.Message);
    }

    [Fact]
    public void Decode_TrailingBytes_ThrowsCorrupt()
    {
        var error = Assert.Throws<InvalidDataException>(() => BidRecord.Decode([.. Bid.Encode(), 0]));

        Assert.Equal("a stored bid is corrupt: 1 bytes left over", error.Message);
    }

    [Fact]
    public void Decode_UnknownStatus_ThrowsCorrupt()
    {
        var bytes = Offer.Encode();
        bytes[64] = 9;

        var error = Assert.Throws<InvalidDataException>(() => OfferRecord.Decode(bytes));

        Assert.Equal("a stored offer is corrupt: unknown status 9", error.Message);
    }

    [Fact]
    public void Job_EscrowAndStageHelpers()
    {
        Assert.Equal(Amount.Zero, Job.Escrow);
        Assert.Equal(new Amount(360), (Job with { Status = JobStatus.Assigned }).Escrow);
        Assert.Equal(8UL, Job.FirstStageJobId);
        Assert.True(Job.IsLastStage);
        Assert.False((Job with { Stage = 0 }).IsLastStage);
    }
}
