using ProverNet.Chain.Execution;

namespace ProverNet.Node.Sequencing;

/// <summary>
/// A source whose candidates arrive while a block is being built (the mempool): after <see cref="ITransactionSource.Next"/>
/// returned null, a later call may return a transaction submitted since. The sequencer keeps drawing from it until the
/// block's slot ends, so a transaction is executed when it arrives rather than after the slot.
/// </summary>
public interface IArrivingTransactionSource : ITransactionSource
{
    /// <summary>
    /// Calls <paramref name="wake"/> (on any thread, and quickly: it runs under the source's lock) whenever a candidate
    /// arrives that <see cref="ITransactionSource.Next"/> has not offered yet, until the returned registration is disposed.
    /// One registration at a time.
    /// </summary>
    IDisposable OnArrival(Action wake);
}
