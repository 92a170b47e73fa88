using ProverNet.Chain.Blocks;
using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>What derivation needs of an L1 block: where it is, what it follows, and its time.</summary>
/// <param name="Number">Its height.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="ParentHash">The hash of the block it follows: a change of it under a known height is a reorg.</param>
/// <param name="Timestamp">Its time, seconds.</param>
public readonly record struct L1BlockRef(ulong Number, Hash256 Hash, Hash256 ParentHash, ulong Timestamp)
{
    /// <summary>The block as an L2 block names it when it takes it as its origin.</summary>
    public L1Origin Origin => new(Number, Hash, Timestamp);
}
