using ProverNet.Auction;
using ProverNet.Chain.Execution;

namespace ProverNet.Chain.Market;

/// <summary>
/// Admission rules of new orders (toda.md §1–§2) and their defaults. Every failure is an
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
        var min = stages.Max(stage => stage.MinUnits);
        var max = stages.Min(stage => stage.MaxUnits);
        if (units < min || units > max)
        {
            throw new ExecutionRevertedException($"units {units} outside {min}..{max}");
        }
    }

    /// <summary>Prices per unit are 1..2^96-1 wei.</summary>
    public static void CheckPrice(UInt128 price, string name)
    {
        if (price == 0 || price > OrderBounds.MaxPricePerUnit)
        {
            throw new ExecutionRevertedException($"{name} {price} outside 1..2^96-1 wei");
        }
    }

    /// <summary>
    /// A bid's deadline and expiry with defaults resolved (deadline 0 → block time + 2 × window; expiry 0 → deadline −
    /// window), where the window is the sum of the stages' proving windows; the expiry may not be past and the deadline
    /// must leave the whole window after it.
    /// </summary>
    public static (ulong Deadline, ulong Expiry) BidTimes(ulong requestedDeadline, ulong requestedExpiry, ulong blockTime, ulong window)
    {
        var deadline = requestedDeadline != 0 ? requestedDeadline : checked(blockTime + (2 * window));
        var expiry = requestedExpiry != 0 ? requestedExpiry : deadline - Math.Min(deadline, window);
        CheckExpiry(expiry, blockTime);
        if (deadline < window || deadline - window < expiry)
        {
            throw new ExecutionRevertedException($"deadline {deadline} must be at least expiry {expiry} + proving window {window} s");
        }

        return (deadline, expiry);
    }

    /// <summary>An offer's expiry with its default resolved (0 → block time + the class's proving window).</summary>
    public static ulong OfferExpiry(ulong requestedExpiry, ulong blockTime, uint window)
    {
        var expiry = requestedExpiry != 0 ? requestedExpiry : checked(blockTime + window);
        CheckExpiry(expiry, blockTime);
        return expiry;
    }

    private static void CheckExpiry(ulong expiry, ulong blockTime)
    {
        if (expiry < blockTime)
        {
            throw new ExecutionRevertedException($"expiry {expiry} is before the block time {blockTime}");
        }
    }
}
