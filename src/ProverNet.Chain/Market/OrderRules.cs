using ProverNet.Auction;
using ProverNet.Chain.Execution;

namespace ProverNet.Chain.Market;

/// <summary>
/// Admission rules of new orders (docs/clearing-rule.md §1–§2) and their defaults. Every failure is an
/// <see cref="ExecutionRevertedException"/> whose message a wallet shows as is.
/// </summary>
internal static class OrderRules
{
    /// <summary>The stage classes of a new bid's market, in stage order.</summary>
    public static IReadOnlyList<MarketClass> StagesOfNewBid(MarketCatalog catalog, MarketRef market)
    {
        if (market.Kind == MarketKind.Class)
        {
            var plain = ClassOfNewOrder(catalog, market.Id);
            if (catalog.PipelineOfStage(market.Id) is { } pipeline)
            {
                throw new ExecutionRevertedException($"class {market.Id} is a stage of pipeline {pipeline.Id}: only submitCompositeBid may use it");
            }

            return [plain];
        }

        var template = catalog.FindPipeline(market.Id) ?? throw new ExecutionRevertedException($"unknown pipeline {market.Id}");
        return [.. template.Stages.Select(classId => ClassOfNewOrder(catalog, classId))];
    }

    /// <summary>The class a new order names, which must exist and take orders.</summary>
    public static MarketClass ClassOfNewOrder(MarketCatalog catalog, uint classId)
    {
        var marketClass = catalog.FindClass(classId) ?? throw new ExecutionRevertedException($"unknown class {classId}");
        return marketClass.Enabled ? marketClass : throw new ExecutionRevertedException($"class {classId} is disabled");
    }

    /// <summary>Units must lie in every stage's size tier.</summary>
    public static void CheckUnits(uint units, IReadOnlyList<MarketClass> stages)
    {
        var (min, max) = Tier(stages);
        if (units < min || units > max)
        {
            throw new ExecutionRevertedException($"units {units} outside {min}..{max}");
        }
    }

    /// <summary>The size tier of a market: the intersection of its stages' tiers.</summary>
    public static (uint Min, uint Max) Tier(IReadOnlyList<MarketClass> stages) =>
        (stages.Max(stage => stage.MinUnits), stages.Min(stage => stage.MaxUnits));

    /// <summary>Prices per unit are 1..2^96-1 wei.</summary>
    public static void CheckPrice(UInt128 price, string name)
    {
        if (price == 0 || price > OrderBounds.MaxPricePerUnit)
        {
            throw new ExecutionRevertedException($"{name} {price} outside 1..2^96-1 wei");
        }
    }

    /// <summary>
    /// A bid's deadline and expiry with defaults resolved, where the window <c>W</c> is the sum of the stages' proving
    /// windows and the lifetime <c>L</c> the smallest of their <c>maxOrderLifetimeSec</c>. Defaults: deadline 0 → block
    /// time + W + min(W, L); expiry 0 → deadline − W. Rules: block time ≤ expiry ≤ block time + L (the book entry's life),
    /// expiry + W ≤ deadline ≤ block time + L + W (the job escrow's life).
    /// </summary>
    public static (ulong Deadline, ulong Expiry) BidTimes(ulong requestedDeadline, ulong requestedExpiry, ulong blockTime, ulong window, uint lifetime)
    {
        var latestDeadline = checked(blockTime + lifetime + window);
        var deadline = requestedDeadline != 0 ? requestedDeadline : checked(blockTime + window + Math.Min(window, lifetime));
        if (deadline > latestDeadline)
        {
            throw new ExecutionRevertedException(
                $"deadline {deadline} is after {latestDeadline}: block time {blockTime} + maxOrderLifetimeSec {lifetime} + proving window {window} s");
        }

        var expiry = requestedExpiry != 0 ? requestedExpiry : deadline - Math.Min(deadline, window);
        CheckExpiry(expiry, blockTime, lifetime);
        if (deadline < window || deadline - window < expiry)
        {
            throw new ExecutionRevertedException($"deadline {deadline} must be at least expiry {expiry} + proving window {window} s");
        }

        return (deadline, expiry);
    }

    /// <summary>
    /// An offer's expiry with its default resolved (0 → block time + min(the class's proving window, its
    /// <c>maxOrderLifetimeSec</c>)); it must lie within block time .. block time + <c>maxOrderLifetimeSec</c>.
    /// </summary>
    public static ulong OfferExpiry(ulong requestedExpiry, ulong blockTime, MarketClass marketClass)
    {
        var lifetime = marketClass.MaxOrderLifetimeSec;
        var expiry = requestedExpiry != 0 ? requestedExpiry : checked(blockTime + Math.Min(marketClass.ProvingWindowSec, lifetime));
        CheckExpiry(expiry, blockTime, lifetime);
        return expiry;
    }

    /// <summary>The lifetime bound of a bid: the smallest <c>maxOrderLifetimeSec</c> of its stages, so no stage's bound is exceeded.</summary>
    public static uint Lifetime(IReadOnlyList<MarketClass> stages) => stages.Min(stage => stage.MaxOrderLifetimeSec);

    private static void CheckExpiry(ulong expiry, ulong blockTime, uint lifetime)
    {
        if (expiry < blockTime)
        {
            throw new ExecutionRevertedException($"expiry {expiry} is before the block time {blockTime}");
        }

        if (expiry - blockTime > lifetime)
        {
            throw new ExecutionRevertedException($"expiry {expiry} is after {blockTime + lifetime}: block time {blockTime} + maxOrderLifetimeSec {lifetime} s");
        }
    }
}
