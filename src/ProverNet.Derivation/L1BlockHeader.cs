namespace ProverNet.Derivation;

/// <summary>An L1 block as a range read returns it: the block, and its log bloom to tell whether its logs need reading.</summary>
/// <param name="Block">The block.</param>
/// <param name="LogsBloom">Its header's log bloom.</param>
public readonly record struct L1BlockHeader(L1BlockRef Block, L1LogsBloom LogsBloom);
