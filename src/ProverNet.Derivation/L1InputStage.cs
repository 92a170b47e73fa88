using ProverNet.Chain.Blocks;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.L1Inputs;
using ProverNet.Core;
using ProverNet.Core.Abi;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation;

/// <summary>
/// The third stage: the inputs of each retrieved L1 block, in log-index order — the canonical order of the L2 block's
/// opening system transactions. A log of an input event that does not decode is skipped, never fatal: it is a pure
/// function of the log, so every node skips the same logs.
/// </summary>
public sealed class L1InputStage
{
    private readonly L1Retrieval retrieval;
    private readonly L1Contracts contracts;
    private readonly Address? sequencer;

    /// <summary>
    /// Decodes the logs <paramref name="retrieval"/> reads, against the deployed <paramref name="contracts"/>, and, when
    /// <paramref name="sequencer"/> is given, the batches it posted to the inbox.
    /// </summary>
    public L1InputStage(L1Retrieval retrieval, L1Contracts contracts, Address? sequencer = null)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        ArgumentNullException.ThrowIfNull(contracts);
        this.retrieval = retrieval;
        this.contracts = contracts;
        this.sequencer = sequencer;
    }

    /// <summary>The next L1 block with its inputs, or null while none is deep enough.</summary>
    /// <exception cref="DerivationException">As <see cref="L1Retrieval.NextAsync"/>.</exception>
    public async Task<L1BlockInputs?> NextAsync(CancellationToken cancellationToken) =>
        await retrieval.NextAsync(cancellationToken).ConfigureAwait(false) is { } block ? Decode(block, contracts, sequencer) : null;

    /// <summary>Drops what was read ahead and starts again from <paramref name="origin"/> (see <see cref="L1Traversal.Reset"/>).</summary>
    public void Reset(L1Origin origin) => retrieval.Reset(origin);

    /// <summary>The inputs of <paramref name="block"/>'s logs, and the batches <paramref name="sequencer"/> posted in it when given.</summary>
    public static L1BlockInputs Decode(L1BlockLogs block, L1Contracts contracts, Address? sequencer = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(contracts);
        var inputs = new List<IL1Input>();
        var skipped = new List<SkippedL1Log>();
        foreach (var log in block.Logs)
        {
            try
            {
                if (L1LogDecoder.Decode(log, block.Block.Timestamp, contracts) is { } input)
                {
                    inputs.Add(input);
                }
            }
            catch (Exception bad) when (bad is AbiDecodingException or L1InputDecodingException)
            {
                skipped.Add(new SkippedL1Log(log, bad.Message));
            }
        }

        var batches = sequencer is { } poster ? BatchInboxReader.Read(block, contracts.BatchInbox, poster, skipped) : [];
        return new L1BlockInputs(block.Block, inputs, skipped, batches);
    }
}
