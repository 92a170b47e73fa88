namespace ProverNet.Node.Settlement;

/// <summary>How the <see cref="OutputValidator"/> runs.</summary>
public sealed record ValidatorOptions
{
    /// <summary>How long to wait before looking again when no output can be checked yet, or L1 was unavailable.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
}
