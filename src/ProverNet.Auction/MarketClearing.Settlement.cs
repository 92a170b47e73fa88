using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ProverNet.Auction;

/// <summary>Pairing, provers' pay and the market's matches (docs/clearing-rule.md §3.6), and the books for <c>--explain</c>.</summary>
internal sealed partial class MarketClearing
{
    /// <summary>
    /// Pairs the r-th biggest winning job (ties: seq) with each stage's r-th cheapest winning offer, pays position
    /// prices, records the matches and returns the market's treasury surplus.
    /// </summary>
    private UInt128 Settle(MarketPlan plan, int market, int firstStage, int stageCount)
    {
        var count = plan.Winners;
        if (count == 0)
        {
            return 0;
        }

        var units = Of(bids.Units, bids, market);
        var byJobSize = pairKeys.AsSpan(0, count);
        for (var r = 0; r < count; r++)
        {
            var position = winningBids[r];
            byJobSize[r] = ((ulong)(uint.MaxValue - units[position]) << 32) | (uint)position;
        }

        byJobSize.Sort();
        var jobSizes = sizes.AsSpan(0, count);
        for (var r = 0; r < count; r++)
        {
            jobSizes[r] = uint.MaxValue - (uint)(byJobSize[r] >> 32);
        }

        var assignments = new ProverAssignment[count][];
        for (var r = 0; r < count; r++)
        {
            assignments[r] = new ProverAssignment[stageCount];
        }

        UInt128 paid = 0;
        for (var s = 0; s < stageCount; s++)
        {
            paid = checked(paid + PayStage(firstStage + s, s, jobSizes, assignments));
        }

        UInt128 charged = 0;
        for (var r = 0; r < count; r++)
        {
            var position = bids.Start[market] + (int)(uint)byJobSize[r];
            var size = jobSizes[r];
            books.BidStates[bids.Index[position]] = OrderState.Matched;
            var refund = (bids.Price[position] - plan.BuyerPricePerUnit) * size;
            charged = checked(charged + (plan.BuyerPricePerUnit * size));
            matches.Add(new Match(bids.Id[position], size, plan.BuyerPricePerUnit, refund, ImmutableCollectionsMarshal.AsImmutableArray(assignments[r])));
        }

        return charged - paid;
    }

    private UInt128 PayStage(int stage, int s, ReadOnlySpan<uint> jobSizes, ProverAssignment[][] assignments)
    {
        var count = jobSizes.Length;
        var winners = StageKeys(s, count);
        var winningAsks = asks.AsSpan(0, count);
        for (var r = 0; r < count; r++)
        {
            winningAsks[r] = PriceOf(winners[r]);
        }

        var stagePay = pay.AsSpan(0, count);
        PositionPrices.Compute(winningAsks, jobSizes, thresholds[s], stagePay);
        UInt128 paid = 0;
        for (var r = 0; r < count; r++)
        {
            var position = offers.Start[stage] + PositionOf(winners[r]);
            books.OfferStates[offers.Index[position]] = OrderState.Matched;
            assignments[r][s] = new ProverAssignment(offers.Id[position], stagePay[r]);
            paid = checked(paid + stagePay[r]);
        }

        return paid;
    }

    private MarketBook Book(int market, Regime regime, int firstStage, int stageCount)
    {
        var bidIds = new ulong[bids.Count(market)];
        for (var i = 0; i < bidIds.Length; i++)
        {
            var position = regime == Regime.Thick ? PositionOf(bidKeys[i]) : i;
            bidIds[i] = bids.Id[bids.Start[market] + position];
        }

        var offerIds = new ImmutableArray<ulong>[stageCount];
        for (var s = 0; s < stageCount; s++)
        {
            var stage = firstStage + s;
            var ids = new ulong[offers.Count(stage)];
            for (var i = 0; i < ids.Length; i++)
            {
                var position = regime == Regime.Thick ? PositionOf(offerKeys[stageOffset[s] + i]) : i;
                ids[i] = offers.Id[offers.Start[stage] + position];
            }

            offerIds[s] = ImmutableCollectionsMarshal.AsImmutableArray(ids);
        }

        return new MarketBook(directory.Markets[market], ImmutableCollectionsMarshal.AsImmutableArray(bidIds), ImmutableCollectionsMarshal.AsImmutableArray(offerIds));
    }
}
