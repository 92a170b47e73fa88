using System.Collections.Immutable;

namespace ProverNet.Auction;

/// <summary>
/// The round's markets, fixed from the class table and the pipelines before any order is read (docs/clearing-rule.md §1): every
/// class that is no pipeline stage is a market of its own (by id), then every pipeline is one market (by id) whose
/// stages are its classes. Each class is exactly one "stage book", indexed densely, so per-class state lives in arrays.
/// </summary>
internal sealed class MarketDirectory
{
    private readonly uint[] sortedClassIds;
    private readonly int[] stageOfSortedClass;
    private readonly uint[] sortedPipelineIds;
    private readonly int[] marketOfSortedPipeline;
    private readonly int[] stageOfSmallClassId;
    private readonly int[] plainMarketOfStage;

    private MarketDirectory(
        uint[] sortedClassIds,
        int[] stageOfSortedClass,
        uint[] sortedPipelineIds,
        int[] marketOfSortedPipeline,
        MarketRef[] markets,
        int[] firstStage,
        AuctionClass[] stageClasses)
    {
        this.sortedClassIds = sortedClassIds;
        this.stageOfSortedClass = stageOfSortedClass;
        this.sortedPipelineIds = sortedPipelineIds;
        this.marketOfSortedPipeline = marketOfSortedPipeline;
        Markets = markets;
        FirstStage = firstStage;
        StageClasses = stageClasses;
        MarketOfStage = new int[stageClasses.Length];
        plainMarketOfStage = new int[stageClasses.Length];
        MinUnits = new uint[markets.Length];
        MaxUnits = new uint[markets.Length];
        for (var market = 0; market < markets.Length; market++)
        {
            MinUnits[market] = 1;
            MaxUnits[market] = uint.MaxValue;
            for (var stage = firstStage[market]; stage < firstStage[market + 1]; stage++)
            {
                MarketOfStage[stage] = market;
                plainMarketOfStage[stage] = markets[market].Kind == MarketKind.Class ? market : -1;
                MinUnits[market] = Math.Max(MinUnits[market], stageClasses[stage].MinUnits);
                MaxUnits[market] = Math.Min(MaxUnits[market], stageClasses[stage].MaxUnits);
            }
        }

        // Registered class ids are small in practice: a direct table then replaces a binary search (whose
        // unpredictable branches dominated admission) for every order.
        var smallIds = sortedClassIds.Length > 0 && sortedClassIds[^1] < SmallClassIdLimit ? (int)sortedClassIds[^1] + 1 : 0;
        stageOfSmallClassId = new int[smallIds];
        Array.Fill(stageOfSmallClassId, -1);
        for (var i = 0; i < sortedClassIds.Length && smallIds > 0; i++)
        {
            stageOfSmallClassId[sortedClassIds[i]] = stageOfSortedClass[i];
        }
    }

    private const uint SmallClassIdLimit = 4096;

    /// <summary>Markets in clearing order.</summary>
    public MarketRef[] Markets { get; }

    /// <summary>Market m's stages are <c>FirstStage[m] .. FirstStage[m + 1] - 1</c>.</summary>
    public int[] FirstStage { get; }

    /// <summary>The class of each stage book.</summary>
    public AuctionClass[] StageClasses { get; }

    /// <summary>The market each stage book belongs to.</summary>
    public int[] MarketOfStage { get; }

    /// <summary>Smallest bid size per market (the largest of its stages' minimums).</summary>
    public uint[] MinUnits { get; }

    /// <summary>Largest bid size per market (the smallest of its stages' maximums).</summary>
    public uint[] MaxUnits { get; }

    /// <summary>Class ids in ascending order with their stage books, for the outcome's reference prices.</summary>
    public ReadOnlySpan<uint> SortedClassIds => sortedClassIds;

    /// <summary>The stage book of the i-th class in ascending id order.</summary>
    public int StageOfSortedClass(int index) => stageOfSortedClass[index];

    /// <summary>Validates the class table and pipelines and lays out the markets.</summary>
    public static MarketDirectory Build(ImmutableArray<AuctionClass> classes, ImmutableArray<PipelineTemplate> pipelines)
    {
        var sortedClasses = classes.IsDefault ? [] : classes.ToArray();
        Array.Sort(sortedClasses, static (left, right) => left.Id.CompareTo(right.Id));
        var classIds = new uint[sortedClasses.Length];
        for (var i = 0; i < sortedClasses.Length; i++)
        {
            var auctionClass = sortedClasses[i];
            if (i > 0 && sortedClasses[i - 1].Id == auctionClass.Id)
            {
                throw new AuctionInputException(AuctionInputError.DuplicateClass, $"class {auctionClass.Id} is listed twice");
            }

            if (auctionClass.ReferencePrice < 1 || auctionClass.ReferencePrice > OrderBounds.MaxPricePerUnit)
            {
                throw new AuctionInputException(AuctionInputError.ReferencePriceOutOfBounds, $"class {auctionClass.Id}: reference price must be 1..2^96-1");
            }

            classIds[i] = auctionClass.Id;
        }

        var sortedPipelines = pipelines.IsDefault ? [] : pipelines.ToArray();
        Array.Sort(sortedPipelines, static (left, right) => left.Id.CompareTo(right.Id));
        var pipelineOfClass = PipelineOfEachClass(classIds, sortedPipelines);

        var markets = new List<MarketRef>();
        var firstStage = new List<int>();
        var stageClasses = new List<AuctionClass>();
        var stageOfSortedClass = new int[classIds.Length];
        for (var i = 0; i < classIds.Length; i++)
        {
            if (pipelineOfClass[i] < 0)
            {
                markets.Add(MarketRef.Class(classIds[i]));
                firstStage.Add(stageClasses.Count);
                stageOfSortedClass[i] = stageClasses.Count;
                stageClasses.Add(sortedClasses[i]);
            }
        }

        var marketOfSortedPipeline = new int[sortedPipelines.Length];
        for (var p = 0; p < sortedPipelines.Length; p++)
        {
            marketOfSortedPipeline[p] = markets.Count;
            markets.Add(MarketRef.Pipeline(sortedPipelines[p].Id));
            firstStage.Add(stageClasses.Count);
            foreach (var classId in sortedPipelines[p].Stages)
            {
                var index = Array.BinarySearch(classIds, classId);
                stageOfSortedClass[index] = stageClasses.Count;
                stageClasses.Add(sortedClasses[index]);
            }
        }

        firstStage.Add(stageClasses.Count);
        var pipelineIds = Array.ConvertAll(sortedPipelines, static pipeline => pipeline.Id);
        return new MarketDirectory(classIds, stageOfSortedClass, pipelineIds, marketOfSortedPipeline, [.. markets], [.. firstStage], [.. stageClasses]);
    }

    /// <summary>The stage book of class <paramref name="classId"/>, or -1 when the class is unknown.</summary>
    public int StageOfClass(uint classId)
    {
        if (classId < (uint)stageOfSmallClassId.Length)
        {
            return stageOfSmallClassId[classId];
        }

        var index = IndexOf(sortedClassIds, classId);
        return index < 0 ? -1 : stageOfSortedClass[index];
    }

    /// <summary>The market of a bid, or -1 when it names no biddable market (unknown, or a pipeline stage class).</summary>
    public int MarketOfBid(MarketRef market)
    {
        if (market.Kind == MarketKind.Pipeline)
        {
            var index = IndexOf(sortedPipelineIds, market.Id);
            return index < 0 ? -1 : marketOfSortedPipeline[index];
        }

        var stage = StageOfClass(market.Id);
        return stage < 0 ? -1 : plainMarketOfStage[stage];
    }

    /// <summary>Position of <paramref name="id"/> in <paramref name="sorted"/>, or -1: a plain loop, as it runs for every order.</summary>
    private static int IndexOf(uint[] sorted, uint id)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] == id)
            {
                return middle;
            }

            (low, high) = sorted[middle] < id ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static int[] PipelineOfEachClass(uint[] classIds, PipelineTemplate[] sortedPipelines)
    {
        var pipelineOfClass = new int[classIds.Length];
        Array.Fill(pipelineOfClass, -1);
        for (var p = 0; p < sortedPipelines.Length; p++)
        {
            var pipeline = sortedPipelines[p];
            if (p > 0 && sortedPipelines[p - 1].Id == pipeline.Id)
            {
                throw new AuctionInputException(AuctionInputError.InvalidPipeline, $"pipeline {pipeline.Id} is listed twice");
            }

            if (pipeline.Stages.Count == 0)
            {
                throw new AuctionInputException(AuctionInputError.InvalidPipeline, $"pipeline {pipeline.Id} has no stage");
            }

            foreach (var classId in pipeline.Stages)
            {
                var index = Array.BinarySearch(classIds, classId);
                if (index < 0)
                {
                    throw new AuctionInputException(AuctionInputError.UnknownClass, $"pipeline {pipeline.Id}: stage class {classId} is unknown");
                }

                if (pipelineOfClass[index] >= 0)
                {
                    throw new AuctionInputException(AuctionInputError.InvalidPipeline, $"pipeline {pipeline.Id}: class {classId} is already a stage");
                }

                pipelineOfClass[index] = p;
            }
        }

        return pipelineOfClass;
    }
}
