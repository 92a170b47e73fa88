using ProverNet.Chain.Blocks;

namespace ProverNet.Node.Settlement;

/// <summary>
/// The node's safe L2 chain as settlement sees it: blocks derived from batches on L1, which the proposer commits to
/// and a validator checks proposed outputs against.
/// </summary>
public interface ISafeBlocks
{
    /// <summary>Number of the node's safe L2 head.</summary>
    ulong SafeHead { get; }

    /// <summary>The stored block <paramref name="number"/>, or null if the node does not hold it.</summary>
    Block? GetBlock(ulong number);
}
