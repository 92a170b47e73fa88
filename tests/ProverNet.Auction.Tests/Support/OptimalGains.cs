using Google.OrTools.Graph;

namespace ProverNet.Auction.Tests.Support;

/// <summary>
/// The exact optimum that efficiency is measured against, computed independently of TODA: a maximum-weight bipartite
/// assignment of bids to offers (one offer per job) solved by OR-Tools' min-cost <see cref="LinearSumAssignment"/>.
/// The graph is made complete and square (dummy nodes, zero-gain arcs standing for "no trade"), so the minimum cost
/// perfect assignment of negated gains is the maximum gains from trade.
/// </summary>
internal static class OptimalGains
{
    /// <summary>Max of sum over matched pairs of (value - cost) * units.</summary>
    public static long Of(IReadOnlyList<(long Value, long Units)> bids, IReadOnlyList<long> costs)
    {
        var size = Math.Max(bids.Count, costs.Count);
        if (size == 0)
        {
            return 0;
        }

        var assignment = new LinearSumAssignment();
        for (var left = 0; left < size; left++)
        {
            for (var right = 0; right < size; right++)
            {
                var gain = left < bids.Count && right < costs.Count ? Math.Max(0, (bids[left].Value - costs[right]) * bids[left].Units) : 0;
                assignment.AddArcWithCost(left, right, -gain);
            }
        }

        var status = assignment.Solve();
        return status == LinearSumAssignment.Status.OPTIMAL
            ? -assignment.OptimalCost()
            : throw new InvalidOperationException($"assignment solver returned {status}");
    }
}
