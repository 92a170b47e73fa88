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

    /// <summary>Throws when a limit cannot work.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A transaction limit is not positive, or a sender may hold more than the pool.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTransactions, "Mempool:MaxTransactions");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPerSender, "Mempool:MaxPerSender");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxPerSender, MaxTransactions, "Mempool:MaxPerSender");
    }
}
