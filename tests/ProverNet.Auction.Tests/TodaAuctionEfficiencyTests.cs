using CsCheck;
using ProverNet.Auction.Tests.Support;
using Xunit.Abstractions;

namespace ProverNet.Auction.Tests;

/// <summary>
/// docs/clearing-rule.md §6 efficiency: realised gains from trade of one thick round over the exact optimum (an OR-Tools max-weight
/// assignment), on uniform random books with values and costs 1..100, every order its own account, m = 8.
/// </summary>
public class TodaAuctionEfficiencyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(10, 1, 1, 200, 0.0)]
    [InlineData(100, 1, 1, 30, 0.99)]
    [InlineData(1000, 1, 1, 3, 0.99)]
    [InlineData(10, 10, 20, 200, 0.0)]
    [InlineData(100, 10, 20, 30, 0.98)]
    [InlineData(1000, 10, 20, 3, 0.98)]
    [InlineData(10, 1, 50, 200, 0.0)]
    [InlineData(100, 1, 50, 30, 0.95)]
    [InlineData(1000, 1, 50, 3, 0.95)]
    public void Clear_UniformRandomBooks_EfficiencyAtLeastFloor(int perSide, int minUnits, int maxUnits, int instances, double floor)
    {
        var book = Gen.Select(Gen.Int[1, 100].Array[perSide], Gen.Int[minUnits, maxUnits].Array[perSide], Gen.Int[1, 100].Array[perSide]);
        double ratioSum = 0;
        var measured = 0;
        foreach (var (values, units, costs) in SeededSamples.Draw(book, instances, seed: (ulong)(perSide * 1000 + maxUnits)))
        {
            var optimum = OptimalGains.Of([.. values.Zip(units, (value, size) => ((long)value, (long)size))], [.. costs.Select(cost => (long)cost)]);
            if (optimum > 0)
            {
                ratioSum += (double)RealisedGains(values, units, costs) / optimum;
                measured++;
            }
        }

        var efficiency = ratioSum / measured;
        output.WriteLine($"{perSide} a side, sizes {minUnits}..{maxUnits}: efficiency {efficiency:F4} over {measured} rounds (floor {floor})");
        Assert.True(efficiency >= floor, $"efficiency {efficiency:F4} below {floor}");
    }

    private static long RealisedGains(int[] values, int[] units, int[] costs)
    {
        var builder = new RoundBuilder().Class(0, 50);
        for (var i = 0; i < values.Length; i++)
        {
            builder.Bid((UInt128)values[i], (uint)units[i]);
        }

        builder.Offers(costs);
        long gains = 0;
        foreach (var match in builder.Clear().Matches)
        {
            var cost = costs[(int)match.Provers[0].OfferId - 1];
            gains += (values[(int)match.BidId - 1] - cost) * (long)match.Units;
        }

        return gains;
    }
}
