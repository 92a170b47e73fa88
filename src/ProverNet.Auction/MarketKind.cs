namespace ProverNet.Auction;

/// <summary>What a bid names: a single market class, or a pipeline of stage classes (docs/clearing-rule.md §5).</summary>
public enum MarketKind : byte
{
    /// <summary>A plain market class: one offer serves the job.</summary>
    Class = 0,

    /// <summary>A pipeline template: one offer per stage serves the job.</summary>
    Pipeline = 1,
}
