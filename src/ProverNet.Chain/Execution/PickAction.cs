namespace ProverNet.Chain.Execution;

/// <summary>What the block builder did with a candidate transaction.</summary>
public enum PickAction
{
    /// <summary>Included in the block.</summary>
    Add,

    /// <summary>Left out of this block for a reason of its own (bad nonce, funds, fee): the source should drop or park it.</summary>
    Skip,

    /// <summary>Not taken because the block is full; it may enter the next block. The builder asks for no more.</summary>
    Stop,
}
