using Microsoft.Extensions.Logging;
using ProverNet.Derivation;
using ProverNet.Node.ChainView;
using ProverNet.Node.Safety;

namespace ProverNet.Node.Settlement;

/// <summary>
/// Moves the node's finalized head (docs/architecture.md §2): the newest safe block whose L1 data — the L1 block its
/// batch was read from — is <c>l1.finalityDepth</c> deep, and whose output is final on OutputOracle.
/// </summary>
public sealed partial class FinalityTracker(CommittedChain chain, SafeBlockRecords records, OutputOracleClient oracle, TimeSpan pollInterval, ILogger logger)
{
    private readonly OutputFinality outputs = new(oracle);

    /// <summary>Looks every poll interval until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await UpdateAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (L1UnavailableException unavailable)
            {
                LogUnavailable(unavailable.Message);
                await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Moves the finalized head once.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    public async Task UpdateAsync(CancellationToken cancellationToken)
    {
        var finalOutput = await outputs.FinalizedL2BlockNumberAsync(cancellationToken).ConfigureAwait(false);
        var l1Head = (await oracle.GetL1HeadAsync(cancellationToken).ConfigureAwait(false)).Number;
        var depth = chain.Genesis.L1.FinalityDepth;
        if (finalOutput is not { } covered || l1Head < depth)
        {
            return;
        }

        var number = Math.Min(covered, chain.SafeNumber);
        for (; number > chain.FinalizedNumber; number--)
        {
            if (records.Get(number) is { Cursor: { } cursor } && cursor.L1Number + depth <= l1Head)
            {
                break;
            }
        }

        if (number > chain.FinalizedNumber)
        {
            chain.MarkFinalized(number);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L1 unreachable for finality, retrying: {Reason}")]
    private partial void LogUnavailable(string reason);
}
