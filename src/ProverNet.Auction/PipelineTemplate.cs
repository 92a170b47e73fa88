namespace ProverNet.Auction;

/// <summary>
/// A governance-registered pipeline of stage classes (docs/clearing-rule.md §5), e.g. chunk then wrap; each stage of a composite job
/// is served by a different offer of that stage's class.
/// </summary>
/// <param name="Id">Pipeline id.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Stages">Stage class ids, in proving order.</param>
public sealed record PipelineTemplate(uint Id, string Name, IReadOnlyList<uint> Stages);
