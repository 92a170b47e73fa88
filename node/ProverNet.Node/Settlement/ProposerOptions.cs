namespace ProverNet.Node.Settlement;

/// <summary>How the <see cref="OutputProposer"/> runs.</summary>
public sealed record ProposerOptions
{
    /// <summary>How long to wait before looking again when no output is due, a proposal reverted, or L1 was unavailable.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// TEST-ONLY fault injector, never for production: the output of this L2 block is proposed as
    /// <c>keccak256("wrong") xor</c> its true root, so that tests can watch validators challenge it. Null (the default)
    /// proposes every root as it is.
    /// </summary>
    public ulong? InjectWrongRootAtBlock { get; init; }
}
