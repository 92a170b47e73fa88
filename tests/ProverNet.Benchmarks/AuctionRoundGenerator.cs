using System.Collections.Immutable;
using ProverNet.Auction;
using ProverNet.Core;

namespace ProverNet.Benchmarks;

/// <summary>
/// A realistic large round: orders spread uniformly over 64 classes, wei prices around 10^12 per unit with bids and
/// asks overlapping (about half the book crosses), sizes 1..1000, one account per order, 2% expired, and the books in
/// (seq, id) order as the chain keeps them.
/// </summary>
internal static class AuctionRoundGenerator
{
    public const int ClassCount = 64;

    public static RoundInput Create(int ordersPerSide, int seed)
    {
        var random = new Random(seed);
        var classes = new AuctionClass[ClassCount];
        for (var c = 0; c < ClassCount; c++)
        {
            classes[c] = new AuctionClass((uint)c, 1_000_000_000_000);
        }

        var bids = new Bid[ordersPerSide];
        var offers = new Offer[ordersPerSide];
        Span<byte> account = stackalloc byte[Address.Length];
        for (var i = 0; i < ordersPerSide; i++)
        {
            random.NextBytes(account);
            bids[i] = new Bid(
                (ulong)i + 1,
                (2 * (ulong)i) + 1,
                MarketRef.Class((uint)random.Next(ClassCount)),
                (uint)random.Next(1, 1001),
                Price(random, 500_000_000_000),
                Expiry(random),
                new Address(account));
            random.NextBytes(account);
            offers[i] = new Offer(
                (ulong)i + 1,
                (2 * (ulong)i) + 2,
                (uint)random.Next(ClassCount),
                Price(random, 0),
                Expiry(random),
                new Address(account));
        }

        return new RoundInput(
            1_000,
            AuctionSettings.Default,
            ImmutableArray.Create(classes),
            [],
            ImmutableArray.Create(bids),
            ImmutableArray.Create(offers));
    }

    private static UInt128 Price(Random random, long offset) => (UInt128)(offset + random.NextInt64(1_000_000_000, 1_500_000_000_000));

    private static ulong Expiry(Random random) => random.Next(50) == 0 ? 999UL : 2_000UL;
}
