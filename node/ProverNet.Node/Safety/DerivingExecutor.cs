using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation.Safe;

namespace ProverNet.Node.Safety;

/// <summary>
/// A validator's executor: every candidate is executed on the processor (<see cref="BlockProcessor.Derive"/>), whose
/// head is the safe head, and committed; <paramref name="committed"/> sees each block, <paramref name="rewound"/> the
/// head after a rewind.
/// </summary>
public sealed class DerivingExecutor(BlockProcessor processor, Action<ProcessedBlock> committed, Action<Block> rewinding, Action<Block> rewound) : ISafeBlockExecutor
{
    /// <inheritdoc/>
    public Block Execute(SafeCandidate candidate, Block safeHead)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(safeHead);
        if (processor.Head.Hash != safeHead.Hash)
        {
            throw new InvalidOperationException($"the processor's head {processor.Head.Number} is not the safe head {safeHead.Number}");
        }

        var processed = processor.Derive(candidate.Attributes, candidate.Transactions);
        committed(processed);
        return processed.Block;
    }

    /// <inheritdoc/>
    public void RewindTo(ulong number)
    {
        if (number >= processor.Head.Number)
        {
            return;
        }

        if (!processor.CanRewindTo(number))
        {
            throw new InvalidOperationException(
                $"cannot take the chain back from block {processor.Head.Number} to {number}: deeper than the undo records (Storage:RewindDepthBlocks); start again from an empty data directory");
        }

        rewinding(processor.Blocks.GetByNumber(number)!);
        processor.RewindTo(number);
        rewound(processor.Head);
    }
}
