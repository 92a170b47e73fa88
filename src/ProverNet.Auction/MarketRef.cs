namespace ProverNet.Auction;

/// <summary>The market a bid is placed in: a class id or a pipeline id.</summary>
/// <param name="Kind">Whether <paramref name="Id"/> names a class or a pipeline.</param>
/// <param name="Id">The class or pipeline id.</param>
public readonly record struct MarketRef(MarketKind Kind, uint Id)
{
    /// <summary>The plain market of class <paramref name="classId"/>.</summary>
    public static MarketRef Class(uint classId) => new(MarketKind.Class, classId);

    /// <summary>The composite market of pipeline <paramref name="pipelineId"/>.</summary>
    public static MarketRef Pipeline(uint pipelineId) => new(MarketKind.Pipeline, pipelineId);
}
