using ProverNet.Chain.Blocks;
using ProverNet.Chain.Execution;
using ProverNet.Derivation;
using ProverNet.Derivation.Batches;
using ProverNet.Node.Sequencing;

namespace ProverNet.Node.Validation;

/// <summary>
/// Brings blocks sequenced by another node onto this node's chain, each with the L1 inputs this node derives from its
/// own L1: a whole block (<see cref="ImportAsync"/>, re-executed with the derived inputs in place of its own, see
/// <see cref="VerifierInputs"/>) or a batch's block (<see cref="DeriveAsync"/>, rebuilt from its time, origin number and
/// transactions, see <see cref="BatchAttributes"/>). A block whose origin this node has not derived yet waits for it.
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
    public Task<ProcessedBlock> ImportAsync(Block block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(block);
        return WhenDerivedAsync(
            block.Header.L1Origin.Number,
            (parent, next) => VerifierInputs.OpeningFor(parent, block.Header, next) is { } opening ? processor.Import(block, opening) : null,
            cancellationToken);
    }

    /// <summary>Rebuilds the child of the head from a batch's <paramref name="block"/>, once its origin is derived here.</summary>
    /// <exception cref="InvalidBlockException">The batch's block breaks the origin rules or carries a transaction that does not apply; nothing is stored.</exception>
    /// <exception cref="DerivationException">Reset, as for <see cref="ImportAsync"/>.</exception>
    public Task<ProcessedBlock> DeriveAsync(SequencedBlock block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(block);
        IReadOnlyList<ReadOnlyMemory<byte>> transactions = [.. block.Transactions.Select(transaction => (ReadOnlyMemory<byte>)transaction)];
        return WhenDerivedAsync(
            block.L1OriginNumber,
            (parent, next) => BatchAttributes.For(parent, block, next) is { } attributes ? processor.Derive(attributes, transactions) : null,
            cancellationToken);
    }

    // Tries `apply` on the head with the next derived L1 block (when the block takes a new origin) until it applies.
    private async Task<ProcessedBlock> WhenDerivedAsync(ulong originNumber, Func<BlockHeader, L1BlockInputs?, ProcessedBlock?> apply, CancellationToken cancellationToken)
    {
        while (true)
        {
            var parent = processor.Head.Header;
            var next = originNumber == parent.L1Origin.Number ? null : l1.NextAfter(parent.L1Origin);
            if (apply(parent, next) is { } processed)
            {
                return processed;
            }

            if (l1.ResetPending)
            {
                throw new DerivationException(
                    DerivationErrorKind.Reset,
                    $"block {parent.Number + 1}: this node's L1 does not continue from L1 block {parent.L1Origin.Number} ({parent.L1Origin.Hash}), the origin of block {parent.Number}: it reorganized below it, or it is another chain's L1");
            }

            await Task.Delay(WaitStep, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
