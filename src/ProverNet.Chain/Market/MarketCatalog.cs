using ProverNet.Auction;
using ProverNet.Chain.Genesis;

namespace ProverNet.Chain.Market;

/// <summary>The governed class table and pipelines of one block, looked up by id.</summary>
public sealed class MarketCatalog
{
    private readonly SortedDictionary<uint, MarketClass> classes = [];
    private readonly SortedDictionary<uint, PipelineTemplate> pipelines = [];
    private readonly SortedDictionary<uint, PipelineTemplate> pipelineOfStage = [];

    /// <summary>Indexes the classes and pipelines of <paramref name="parameters"/>.</summary>
    public MarketCatalog(ProtocolParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var marketClass in parameters.Classes)
        {
            classes[marketClass.Id] = marketClass;
        }

        foreach (var pipeline in parameters.Pipelines)
        {
            pipelines[pipeline.Id] = pipeline;
            foreach (var stage in pipeline.Stages)
            {
                pipelineOfStage[stage] = pipeline;
            }
        }
    }

    /// <summary>Every class, by ascending id.</summary>
    public IEnumerable<MarketClass> Classes => classes.Values;

    /// <summary>Every pipeline, by ascending id.</summary>
    public IEnumerable<PipelineTemplate> Pipelines => pipelines.Values;

    /// <summary>The class <paramref name="classId"/>, or null.</summary>
    public MarketClass? FindClass(uint classId) => classes.GetValueOrDefault(classId);

    /// <summary>The pipeline <paramref name="pipelineId"/>, or null.</summary>
    public PipelineTemplate? FindPipeline(uint pipelineId) => pipelines.GetValueOrDefault(pipelineId);

    /// <summary>The pipeline that has <paramref name="classId"/> as a stage, or null.</summary>
    public PipelineTemplate? PipelineOfStage(uint classId) => pipelineOfStage.GetValueOrDefault(classId);

    /// <summary>
    /// The classes a bid in <paramref name="market"/> is proven in, in stage order; null when the market is unknown or is
    /// a plain bid on a stage class.
    /// </summary>
    public IReadOnlyList<MarketClass>? StagesOf(MarketRef market)
    {
        if (market.Kind == MarketKind.Class)
        {
            return FindClass(market.Id) is { } plain && PipelineOfStage(market.Id) is null ? [plain] : null;
        }

        if (FindPipeline(market.Id) is not { } pipeline)
        {
            return null;
        }

        var stages = new MarketClass[pipeline.Stages.Count];
        for (var i = 0; i < stages.Length; i++)
        {
            if (FindClass(pipeline.Stages[i]) is not { } stageClass)
            {
                return null;
            }

            stages[i] = stageClass;
        }

        return stages;
    }
}
