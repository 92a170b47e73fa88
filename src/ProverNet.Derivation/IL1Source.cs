using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// Derivation's one window on L1 (node/ implements it over JSON-RPC). Each call is one round trip, so what derivation
/// costs L1 is the number of calls it makes. Every call may fail with <see cref="L1UnavailableException"/> when L1
/// cannot be reached or answers late; anything else it throws is a bug.
/// </summary>
public interface IL1Source
{
    /// <summary>
    /// In one round trip: the head number and the canonical blocks <paramref name="fromBlock"/> to
    /// <paramref name="toBlock"/> with their log blooms (fewer when L1 has not made them all yet).
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<L1HeaderRange> GetHeadersAsync(ulong fromBlock, ulong toBlock, CancellationToken cancellationToken);

    /// <summary>The canonical L1 block at <paramref name="number"/>, or null when L1 has none there (yet).</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken);

    /// <summary>
    /// The logs of blocks <paramref name="fromBlock"/> to <paramref name="toBlock"/> emitted by any of
    /// <paramref name="addresses"/>, in (block, log index) order: one ranged request, not one per block.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken);

    /// <summary>
    /// The transactions <paramref name="hashes"/>, in that order, each null when L1 does not know it: one round trip for
    /// all of them.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<IReadOnlyList<L1Transaction?>> GetTransactionsAsync(IReadOnlyList<Hash256> hashes, CancellationToken cancellationToken);
}
