using CsCheck;
using ProverNet.Auction.Tests.Support;
using Xunit.Abstractions;

namespace ProverNet.Auction.Tests;

/// <summary>
/// docs/clearing-rule.md §4/§6: over a stream of thin rounds (6 fresh bids and 6 fresh offers a round, m = 8), how many rounds R takes
/// to come within 5% of the new market-clearing band after a jump in demand or supply. Values and costs are uniform in
/// ±20% around their centres; the clearing band is the range of R where as many bids as offers are willing.
/// </summary>
public class ReferencePriceConvergenceTests(ITestOutputHelper output)
{
    private const int OrdersPerSide = 6;

    [Theory]
    [InlineData(100, 100, 150, 100, 120, 120)]
    [InlineData(100, 100, 100, 50, 60, 80)]
    [InlineData(100, 100, 60, 100, 72, 80)]
    public void Clear_ThinStreamAfterJump_ReachesNewClearingBandWithinBoundedRounds(int valueBefore, int costBefore, int valueAfter, int costAfter, int bandLow, int bandHigh)
    {
        var book = Gen.Select(Gen.Int[80, 120].Array[OrdersPerSide], Gen.Int[80, 120].Array[OrdersPerSide]);
        var rounds = SeededSamples.Draw(book, 200, seed: (ulong)(valueAfter * 1000 + costAfter)).ToArray();
        UInt128 reference = 100;
        for (var round = 0; round < 50; round++)
        {
            reference = Step(reference, rounds[round], valueBefore, costBefore);
        }

        var settledBefore = reference;
        var converged = -1;
        for (var round = 50; round < rounds.Length && converged < 0; round++)
        {
            reference = Step(reference, rounds[round], valueAfter, costAfter);
            converged = (int)reference * 100 >= bandLow * 95 && (int)reference * 100 <= bandHigh * 105 ? round - 49 : -1;
        }

        output.WriteLine($"R settled at {settledBefore}; after values x{valueAfter / 100.0} and costs x{costAfter / 100.0} it reached {reference} (band {bandLow}..{bandHigh}) in {converged} rounds");
        Assert.InRange(converged, 1, 15);
    }

    private static UInt128 Step(UInt128 reference, (int[] Values, int[] Costs) round, int valueCentre, int costCentre)
    {
        var builder = new RoundBuilder().Class(0, reference);
        foreach (var percent in round.Values)
        {
            builder.Bid((UInt128)(valueCentre * percent / 100));
        }

        foreach (var percent in round.Costs)
        {
            builder.Offer((UInt128)(costCentre * percent / 100));
        }

        return builder.Clear().ReferencePriceOf(0);
    }
}
