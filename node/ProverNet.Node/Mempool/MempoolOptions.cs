namespace ProverNet.Node.Mempool;

/// <summary>Limits of the transaction pool (<c>Mempool:…</c>).</summary>
/// <remarks>
/// Sized for a node sequencing 5,000 transactions a second: 200,000 transactions is 40 seconds of that load (about
/// 60 MB of decoded transactions), and 1,000 per sender lets a load generator or an exchange queue a block's worth of
/// transactions from one account while no single account can take more than half a percent of the pool.
/// </remarks>
public sealed class MempoolOptions
{
    /// <summary>Transactions the pool holds at most (ready and future); when full, the lowest payer is evicted.</summary>
    public int MaxTransactions { get; set; } = 200_000;

    /// <summary>Transactions one sender may have pending.</summary>
    public int MaxPerSender { get; set; } = 1_000;

    /// <summary>Missing nonces a future transaction may leave between the sender's pending ones and itself.</summary>
    public ulong MaxNonceGap { get; set; } = 64;

    /// <summary>Smallest max priority fee per gas accepted, in wei (geth's <c>--txpool.pricelimit</c>, 1): a zero tip is refused.</summary>
    public ulong MinPriorityFeePerGas { get; set; } = 1;

    /// <summary>
    /// Submissions decoded (sender recovered) at once; 0 means one fewer than the cores (at least one). Recovery is
    /// ≈ 44 µs of CPU per transaction: left unbounded, JSON-RPC batches on every connection take both cores of a small
    /// node and the sequencer's block, which is what every submitter waits for, is built in the gaps. One lane still
    /// recovers ≈ 22,000 transactions a second.
    /// </summary>
    public int RecoveryThreads { get; set; }

    /// <summary><see cref="RecoveryThreads"/> with 0 resolved for this machine.</summary>
    public int EffectiveRecoveryThreads => RecoveryThreads > 0 ? RecoveryThreads : Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Throws when a limit cannot work.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A transaction limit is not positive, a sender may hold more than the pool, or the recovery threads are negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTransactions, "Mempool:MaxTransactions");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPerSender, "Mempool:MaxPerSender");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxPerSender, MaxTransactions, "Mempool:MaxPerSender");
        ArgumentOutOfRangeException.ThrowIfNegative(RecoveryThreads, "Mempool:RecoveryThreads");
    }
}
