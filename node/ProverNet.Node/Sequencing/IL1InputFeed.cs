using ProverNet.Chain.Blocks;
using ProverNet.Derivation;

namespace ProverNet.Node.Sequencing;

/// <summary>What the sequencer asks of L1 when it starts a block; answered at once, from what was already fetched.</summary>
public interface IL1InputFeed
{
    /// <summary>The L1 block after <paramref name="origin"/> with its inputs, when it is fetched and deep enough; null otherwise.</summary>
    L1BlockInputs? NextAfter(L1Origin origin);

    /// <summary>Whether L1 reorganized under the fetched blocks: nothing more comes until the chain is recovered.</summary>
    bool ResetPending { get; }
}
