namespace ProverNet.Node.Settlement;

/// <summary>
/// The node's finalized head as L1 settles it: the highest L2 block covered by the unbroken run of final outputs from
/// index 0. An output final by attestation after one that is not does not count: a challenge of the earlier one would
/// freeze it again, whereas every output in the run stays final (a challenge needs a non-final output, so it lands
/// after the run). The run's end is cached, so a call costs <c>outputCount()</c> and one <c>isFinalized</c> while
/// nothing new is final. One caller at a time.
/// </summary>
public sealed class OutputFinality
{
    private readonly OutputOracleClient oracle;
    private ulong finalCount;
    private ulong? finalizedBlock;

    /// <summary>Reads finality from <paramref name="oracle"/>.</summary>
    public OutputFinality(OutputOracleClient oracle)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        this.oracle = oracle;
    }

    /// <summary>The highest L2 block number covered by a final output of that run, or null while output 0 is not final.</summary>
    /// <exception cref="Derivation.L1UnavailableException">L1 did not answer; the cached value is kept.</exception>
    public async Task<ulong?> FinalizedL2BlockNumberAsync(CancellationToken cancellationToken)
    {
        var count = await oracle.OutputCountAsync(cancellationToken).ConfigureAwait(false);
        var index = finalCount;
        while (index < count && await oracle.IsFinalizedAsync(index, cancellationToken).ConfigureAwait(false))
        {
            index++;
        }

        if (index > finalCount)
        {
            finalizedBlock = (await oracle.GetOutputAsync(index - 1, cancellationToken).ConfigureAwait(false)).L2BlockNumber;
            finalCount = index;
        }

        return finalizedBlock;
    }
}
