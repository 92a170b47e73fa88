using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>
/// Derivation's one window on L1 (node/ implements it over JSON-RPC). Every call may fail with
/// <see cref="L1UnavailableException"/> when L1 cannot be reached or answers late; anything else it throws is a bug.
/// </summary>
public interface IL1Source
{
    /// <summary>The number of the newest L1 block.</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<ulong> GetHeadNumberAsync(CancellationToken cancellationToken);

    /// <summary>The canonical L1 block at <paramref name="number"/>, or null when L1 has none there (yet).</summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<L1BlockRef?> GetBlockByNumberAsync(ulong number, CancellationToken cancellationToken);

    /// <summary>
    /// The logs of blocks <paramref name="fromBlock"/> to <paramref name="toBlock"/> emitted by any of
    /// <paramref name="addresses"/>, in (block, log index) order: one ranged request, not one per block.
    /// </summary>
    /// <exception cref="L1UnavailableException">L1 did not answer.</exception>
    Task<IReadOnlyList<L1Log>> GetLogsAsync(ulong fromBlock, ulong toBlock, IReadOnlyList<Address> addresses, CancellationToken cancellationToken);
}
