using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Validation;

/// <summary>
/// Imports blocks sequenced by another node, each re-executed with the L1 inputs this node derives from its own L1
/// (<see cref="VerifierInputs"/>): a block that opens with anything but what L1 holds for its origin is refused. A
/// block whose origin this node has not derived yet waits for it.
/// </summary>
public sealed class L1CheckedImporter
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(50);
    private readonly BlockProcessor processor;
    private readonly IL1InputFeed l1;
    private readonly TimeProvider time;

    /// <summary>Imports onto <paramref name="processor"/>'s head, deriving inputs through <paramref name="l1"/>.</summary>
    public L1CheckedImporter(BlockProcessor processor, IL1InputFeed l1, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(l1);
        ArgumentNullException.ThrowIfNull(time);
        this.processor = processor;
        this.l1 = l1;
        this.time = time;
    }

    /// <summary>Imports <paramref name="block"/>, the child of the head, once its origin is derived here.</summary>
    /// <exception cref="InvalidBlockException">The block is not what this node derives from L1 and its transactions; nothing is stored.</exception>
    /// <exception cref="DerivationException">
    /// Reset: this node's L1 does not continue from the head's origin (it reorganized below it, or it is another chain),
    /// so the block's origin can never be derived on top of the head; nothing is stored.
    /// </exception>
    public async Task<ProcessedBlock> ImportAsync(Block block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(block);
        while (true)
        {
            var parent = processor.Head.Header;
            var next = block.Header.L1Origin == parent.L1Origin ? null : l1.NextAfter(parent.L1Origin);
            if (VerifierInputs.OpeningFor(parent, block.Header, next) is { } opening)
            {
                return processor.Import(block, opening);
            }

            if (l1.ResetPending)
            {
                throw new DerivationException(
                    DerivationErrorKind.Reset,
                    $"block {block.Number}: this node's L1 does not continue from L1 block {parent.L1Origin.Number} ({parent.L1Origin.Hash}), the origin of block {parent.Number}: it reorganized below it, or it is another chain's L1");
            }

            await Task.Delay(WaitStep, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
