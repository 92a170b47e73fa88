using ProverNet.Chain.Blocks;
using ProverNet.Node.ChainView;

namespace ProverNet.Node.Settlement;

/// <summary>The node's safe head and stored blocks, as the proposer and the attester read them.</summary>
public sealed class ChainSafeBlocks(CommittedChain chain) : ISafeBlocks
{
    /// <inheritdoc/>
    public ulong SafeHead => chain.SafeNumber;

    /// <inheritdoc/>
    public Block? GetBlock(ulong number) => chain.Blocks.GetByNumber(number);
}
