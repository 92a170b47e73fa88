using ProverNet.Chain.Blocks;
using ProverNet.Derivation.Safe;

namespace ProverNet.Node.Safety;

/// <summary>How safe derivation's candidates become blocks: a validator executes them, the sequencer finds them among its own.</summary>
public interface ISafeBlockExecutor
{
    /// <summary>The block <paramref name="candidate"/> makes on top of <paramref name="safeHead"/>.</summary>
    /// <exception cref="ProverNet.Chain.Execution.InvalidBlockException">Execution refuses it (a rule of the batch is broken); nothing is stored.</exception>
    /// <exception cref="UnsafeChainMismatchException">The sequencer's own block there is another: it must give way to L1's.</exception>
    Block Execute(SafeCandidate candidate, Block safeHead);

    /// <summary>Takes the chain back so that block <paramref name="number"/> is the newest safe one (an L1 reorg under the safe chain).</summary>
    void RewindTo(ulong number);
}
