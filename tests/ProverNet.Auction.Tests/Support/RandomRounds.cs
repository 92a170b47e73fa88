using CsCheck;

namespace ProverNet.Auction.Tests.Support;

/// <summary>CsCheck generators of rounds: several classes, a two-stage pipeline, expiries, accounts with several orders.</summary>
internal static class RandomRounds
{
    private const uint PipelineId = 9;

    /// <summary>Mixed rounds for the invariants: both regimes, all branches, expiries and shared accounts.</summary>
    public static Gen<RoundInput> Mixed { get; } =
        from m in Gen.UInt[1, 10]
        from references in Gen.Int[1, 100].Array[5]
        from bids in Gen.Select(Gen.Int[0, 4], Gen.Int[1, 100], Gen.UInt[1, 50], Gen.UInt[0, 40], Gen.ULong[97, 110]).Array[0, 60]
        from offers in Gen.Select(Gen.UInt[0, 4], Gen.Int[1, 100], Gen.UInt[0, 40], Gen.ULong[97, 110]).Array[0, 60]
        select Build(m, references, bids, offers);

    /// <summary>Classes 0..2 plain, classes 3 and 4 the stages of pipeline 9.</summary>
    public static RoundInput Build(
        uint m,
        int[] references,
        (int Market, int Price, uint Units, uint Account, ulong Expiry)[] bids,
        (uint ClassId, int Ask, uint Account, ulong Expiry)[] offers)
    {
        var builder = new RoundBuilder(thickMarketMinOrders: m);
        for (var c = 0u; c < references.Length; c++)
        {
            builder.Class(c, (UInt128)references[c]);
        }

        builder.Pipeline(PipelineId, 3, 4);
        foreach (var bid in bids)
        {
            if (bid.Market >= 3)
            {
                builder.CompositeBid(PipelineId, (UInt128)(bid.Price * 2), bid.Units, bid.Account);
            }
            else
            {
                builder.Bid((UInt128)bid.Price, bid.Units, (uint)bid.Market, bid.Account, bid.Expiry);
            }
        }

        foreach (var offer in offers)
        {
            builder.Offer((UInt128)offer.Ask, offer.ClassId, 100 + offer.Account, offer.Expiry);
        }

        return builder.Build();
    }
}
