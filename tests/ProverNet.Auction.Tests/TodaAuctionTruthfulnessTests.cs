using CsCheck;
using ProverNet.Auction.Tests.Support;
using Xunit.Abstractions;

namespace ProverNet.Auction.Tests;

/// <summary>
/// docs/clearing-rule.md §6 truthfulness: on small random rounds (≤ 6 bids, ≤ 6 offers, sizes 1..4, thick and thin, one class or a
/// two-stage pipeline), no account gains by misreporting any price on the grid. Requesters are accounts 1..4 and
/// provers 3..6, so accounts hold several orders, and accounts 3 and 4 often hold both bids and offers.
/// </summary>
public class TodaAuctionTruthfulnessTests(ITestOutputHelper output)
{
    private const int Grid = 24;

    private static readonly Gen<RoundInput> SingleClass =
        from m in Gen.UInt[1, 5]
        from reference in Gen.Int[1, 20]
        from bids in Gen.Select(Gen.Int[1, 20], Gen.UInt[1, 4], Gen.UInt[1, 4]).Array[0, 6]
        from offers in Gen.Select(Gen.Int[1, 20], Gen.UInt[3, 6]).Array[0, 6]
        select Round(m, [reference], bids, offers.Select(offer => (0u, offer.Item1, offer.Item2)).ToArray(), pipeline: false);

    private static readonly Gen<RoundInput> TwoStagePipeline =
        from m in Gen.UInt[1, 2]
        from references in Gen.Int[1, 10].Array[2]
        from bids in Gen.Select(Gen.Int[1, 24], Gen.UInt[1, 4], Gen.UInt[1, 4]).Array[0, 5]
        from offers in Gen.Select(Gen.UInt[0, 1], Gen.Int[1, 12], Gen.UInt[3, 6]).Array[0, 10]
        select Round(m, references, bids, offers, pipeline: true);

    [Fact]
    public void Clear_SingleClassRounds_NoProfitableMisreport() => Search(SingleClass, instances: 500, seed: 31);

    [Fact]
    public void Clear_TwoStagePipelineRounds_NoProfitableMisreport() => Search(TwoStagePipeline, instances: 400, seed: 37);

    private void Search(Gen<RoundInput> gen, int instances, ulong seed)
    {
        int deviations = 0, thick = 0;
        var violations = new List<string>();
        foreach (var input in SeededSamples.Draw(gen, instances, seed))
        {
            var search = new TruthfulnessSearch(input, Grid);
            search.Run();
            deviations += search.Deviations;
            thick += TodaAuction.Clear(input).Markets.Count(market => market.Regime == Regime.Thick && market.BidsTakingPart > 0);
            violations.AddRange(search.Violations);
        }

        output.WriteLine($"{instances} instances ({thick} thick markets), {deviations} deviations tried, {violations.Count} profitable");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Take(10)));
    }

    private static RoundInput Round(uint m, int[] references, (int Price, uint Units, uint Account)[] bids, (uint Stage, int Ask, uint Account)[] offers, bool pipeline)
    {
        var builder = new RoundBuilder(thickMarketMinOrders: m);
        for (var c = 0u; c < references.Length; c++)
        {
            builder.Class(c, (UInt128)references[c]);
        }

        if (pipeline)
        {
            builder.Pipeline(1, 0, 1);
        }

        foreach (var (price, units, account) in bids)
        {
            _ = pipeline ? builder.CompositeBid(1, (UInt128)price, units, account) : builder.Bid((UInt128)price, units, 0, account);
        }

        foreach (var (stage, ask, account) in offers)
        {
            builder.Offer((UInt128)ask, stage, account);
        }

        return builder.Build();
    }
}
