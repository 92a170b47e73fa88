using System.Buffers.Binary;
using ProverNet.Auction.Tests.Support;
using ProverNet.Core;

namespace ProverNet.Auction.Tests;

public class RoundOutcomeEncodingTests
{
    private static RoundOutcome PositionPricesExample() =>
        new RoundBuilder(thickMarketMinOrders: 3).Class(0, 10)
            .Bid(20, units: 30).Bid(20, units: 20).Bid(20, units: 10).Bid(10, units: 1)
            .Offers(5, 8, 9, 14)
            .Clear();

    [Fact]
    public void Encode_PositionPricesExample_FollowsDocumentedLayout()
    {
        var bytes = PositionPricesExample().Encode();

        // header 25, market count 4 + one market with one stage 135, match count 4 + 3 matches of 72,
        // reference prices 4 + 20, the two expired id lists 4 + 0, 4 + 0 (the open bid 4 and offer 4 are not encoded).
        Assert.Equal(25 + 4 + 135 + 4 + (3 * 72) + 24 + 4 + 4, bytes.Length);
        Assert.Equal(RoundOutcome.EncodingVersion, bytes[0]);
        Assert.Equal(100UL, BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(1)));
        Assert.Equal((UInt128)100, BinaryPrimitives.ReadUInt128BigEndian(bytes.AsSpan(9)));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(25)));
        var match = bytes.AsSpan(25 + 4 + 135 + 4);
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64BigEndian(match));
        Assert.Equal(30u, BinaryPrimitives.ReadUInt32BigEndian(match[8..]));
        Assert.Equal((UInt128)12, BinaryPrimitives.ReadUInt128BigEndian(match[12..]));
        Assert.Equal((UInt128)240, BinaryPrimitives.ReadUInt128BigEndian(match[28..]));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32BigEndian(match[44..]));
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64BigEndian(match[48..]));
        Assert.Equal((UInt128)290, BinaryPrimitives.ReadUInt128BigEndian(match[56..]));
        Assert.Equal(0UL, BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(bytes.Length - 8)));
    }

    [Fact]
    public void Hash_AnyOutcome_IsKeccakOfEncoding()
    {
        var outcome = PositionPricesExample();

        Assert.Equal(Keccak256.Hash(outcome.Encode()), outcome.Hash);
    }

    [Fact]
    public void Encode_DifferentBlockTime_DifferentHash()
    {
        var builder = new RoundBuilder().Class(0, 10).Bids(20).Offers(5);
        var first = builder.Clear();
        builder.BlockTime = 101;

        Assert.NotEqual(first.Hash, builder.Clear().Hash);
    }
}
