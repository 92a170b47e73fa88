namespace ProverNet.Auction;

/// <summary>The two regimes: they choose the winners, the buyer price and each stage's seller threshold.</summary>
internal sealed partial class MarketClearing
{
    /// <summary>
    /// Thick (docs/clearing-rule.md §3.4, §5): sort, find k = the largest q with b_q &gt;= the (composite) ask, then McAfee's price
    /// test for a plain class, supply-chain trade reduction for a pipeline. Winners are the first K of each sorted book.
    /// </summary>
    private MarketPlan PlanThick(int market, int firstStage, int stageCount)
    {
        var bidPrices = Of(bids.Price, bids, market);
        var sortedBids = bidKeys.AsSpan(0, bidPrices.Length);
        for (var j = 0; j < bidPrices.Length; j++)
        {
            sortedBids[j] = BidKey(bidPrices[j], j);
        }

        sortedBids.Sort();
        var depth = bidPrices.Length;
        for (var s = 0; s < stageCount; s++)
        {
            var asks = Of(offers.Price, offers, firstStage + s);
            var sortedOffers = StageKeys(s, asks.Length);
            for (var j = 0; j < asks.Length; j++)
            {
                sortedOffers[j] = OfferKey(asks[j], j);
            }

            sortedOffers.Sort();
            depth = Math.Min(depth, asks.Length);
        }

        // b_q - S_q falls as q rises, so the crossing pairs are a prefix.
        var k = 0;
        while (k < depth && BidPriceOf(sortedBids[k]) >= CompositeAsk(k, stageCount))
        {
            k++;
        }

        if (k == 0)
        {
            thresholds.AsSpan(0, stageCount).Clear();
            return new MarketPlan(Regime.Thick, ClearingBranch.NoCrossing, 0, 0, 0, 0, 0);
        }

        var marginalBid = BidPriceOf(sortedBids[k - 1]);
        for (var s = 0; s < stageCount; s++)
        {
            thresholds[s] = PriceOf(StageKeys(s, depth)[k - 1]);
        }

        var plan = stageCount == 1
            ? McAfee(sortedBids, k, marginalBid, firstStage)
            : new MarketPlan(Regime.Thick, ClearingBranch.TradeReduction, 0, k, CompositeAsk(k - 1, stageCount), k - 1, marginalBid);
        if (stageCount > 1 && k >= 2)
        {
            for (var s = 0; s < stageCount; s++)
            {
                referenceAfter[firstStage + s] = thresholds[s];
            }
        }

        for (var i = 0; i < plan.Winners; i++)
        {
            winningBids[i] = PositionOf(sortedBids[i]);
        }

        return plan;
    }

    /// <summary>McAfee's test on a plain class: uniform price p0 for k pairs, or trade reduction to k - 1.</summary>
    private MarketPlan McAfee(ReadOnlySpan<UInt128> sortedBids, int k, UInt128 marginalBid, int stage)
    {
        var sortedOffers = StageKeys(0, stageOffset[1]);
        var marginalAsk = thresholds[0];

        // A missing b_{k+1} counts as 0, a missing a_{k+1} as +infinity (then p0 is +infinity: MaxValue).
        var nextBid = k < sortedBids.Length ? BidPriceOf(sortedBids[k]) : 0;
        var p0 = k < sortedOffers.Length ? (nextBid + PriceOf(sortedOffers[k])) / 2 : UInt128.MaxValue;
        if (marginalAsk <= p0 && p0 <= marginalBid)
        {
            thresholds[0] = p0;
            referenceAfter[stage] = p0;
            return new MarketPlan(Regime.Thick, ClearingBranch.UniformPrice, 0, k, p0, k, p0);
        }

        referenceAfter[stage] = (marginalBid + marginalAsk) / 2;
        return new MarketPlan(Regime.Thick, ClearingBranch.TradeReduction, 0, k, p0, k - 1, marginalBid);
    }

    private UInt128 CompositeAsk(int position, int stageCount)
    {
        UInt128 sum = 0;
        for (var s = 0; s < stageCount; s++)
        {
            sum += PriceOf(offerKeys[stageOffset[s] + position]);
        }

        return sum;
    }

    /// <summary>
    /// Thin (docs/clearing-rule.md §3.5, §5): posted prices R_s fixed before the round; the first q willing orders of each book in
    /// seq order win; each stage's R then moves by the EIP-1559-like step.
    /// </summary>
    private MarketPlan PlanThin(int market, int firstStage, int stageCount)
    {
        UInt128 posted = 0;
        for (var s = 0; s < stageCount; s++)
        {
            thresholds[s] = directory.StageClasses[firstStage + s].ReferencePrice;
            posted += thresholds[s];
        }

        var bidPrices = Of(bids.Price, bids, market);
        var willingBids = 0;
        foreach (var price in bidPrices)
        {
            willingBids += price >= posted ? 1 : 0;
        }

        var served = willingBids;
        for (var s = 0; s < stageCount; s++)
        {
            served = Math.Min(served, WillingOffers(firstStage + s));
        }

        for (int j = 0, taken = 0; taken < served; j++)
        {
            if (bidPrices[j] >= posted)
            {
                winningBids[taken++] = j;
            }
        }

        for (var s = 0; s < stageCount; s++)
        {
            var stage = firstStage + s;
            var asks = Of(offers.Price, offers, stage);
            var winners = StageKeys(s, served);
            for (int j = 0, taken = 0; taken < served; j++)
            {
                var ask = asks[j];
                if (ask <= thresholds[s])
                {
                    winners[taken++] = OfferKey(ask, j);
                }
            }

            // Pairing serves the cheapest winning prover first (§3.6), so the winners are put in ask order.
            winners.Sort();
            referenceAfter[stage] = ReferencePriceRule.AfterThinRound(thresholds[s], willingBids, WillingOffers(stage), settings.ReferenceStepBps);
        }

        return new MarketPlan(Regime.Thin, ClearingBranch.PostedPrice, willingBids, served, posted, served, posted);
    }
}
