namespace ProverNet.Chain.State;

/// <summary>What occupies a position of the sparse Merkle tree.</summary>
public enum NodeKind : byte
{
    /// <summary>A single key-value pair: the only one under this position.</summary>
    Leaf = 0,

    /// <summary>Two subtrees, at least one holding a branch or both holding something.</summary>
    Internal = 1,

    /// <summary>Nothing; never stored, hashes to <see cref="TreeHashing.EmptyHash"/>.</summary>
    Empty = 2,
}
