using ProverNet.Chain.Blocks;
using ProverNet.Chain.L1Inputs;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation;

/// <summary>One L1 block and the L2 inputs derived from its logs, in log-index order.</summary>
/// <param name="Block">The L1 block.</param>
/// <param name="Inputs">Its inputs: the opening system transactions of the L2 block that takes it as origin.</param>
/// <param name="Skipped">Logs of input events that did not decode, and of batches not taken (for the warning and the metric).</param>
/// <param name="Frames">The batch frames the sequencer posted in it, in log order (empty when batches are not read).</param>
public sealed record L1BlockInputs(L1BlockRef Block, IReadOnlyList<IL1Input> Inputs, IReadOnlyList<SkippedL1Log> Skipped, IReadOnlyList<PostedFrame> Frames)
{
    /// <summary>The inputs as the system transactions that open the L2 block taking this L1 block as origin.</summary>
    public IReadOnlyList<SystemTransaction> OpeningTransactions() => [.. Inputs.Select(input => input.ToSystemTransaction())];
}
