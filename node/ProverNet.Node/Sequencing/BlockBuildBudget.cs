namespace ProverNet.Node.Sequencing;

/// <summary>
/// Bounds each block by time as well as by gas, as production block builders do: a block may take as many transactions
/// as the recent cost per transaction says fit into <see cref="Budget"/> of building and committing, and drawing stops
/// once execution alone has used the budget. Without it a slow block lets the mempool grow, the next block takes all of
/// it and is slower still; with it, blocks stay near the offered rate and the rest waits in the mempool for the next one.
/// </summary>
/// <remarks>
/// The cost per transaction is the lower of the last block's and the median over the last <see cref="Window"/> blocks
/// that had at least <see cref="MinimumSample"/> transactions: the median, so that one block slowed by a collection does
/// not shrink the next ones; the last block when it was cheaper, so that a node getting faster — above all one warming up
/// after its start, whose first blocks run unoptimized code at twice the cost — is followed at once, not after half a
/// window of too-small blocks (in a 5,000 tx/s load run the cap stayed near 3,800 for six blocks after the start,
/// and the backlog reached the p99). A cheap block misjudged
/// costs little: the time stop still ends a block at the budget. Until a block was measured, only the time stop applies.
/// Both are applied by <see cref="SlotTransactionSource"/>; the time is building time, not time spent waiting for
/// transactions to arrive. Runs on the producer's thread only.
/// </remarks>
public sealed class BlockBuildBudget
{
    /// <summary>Blocks whose cost per transaction the cap is derived from.</summary>
    public const int Window = 8;

    /// <summary>Blocks smaller than this say little about the cost per transaction (fixed costs dominate).</summary>
    public const int MinimumSample = 200;

    private readonly long[] recentTicksPerTransaction = new long[Window];
    private int recorded;

    /// <summary>A budget of <paramref name="budget"/> per block.</summary>
    public BlockBuildBudget(TimeSpan budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        Budget = budget;
    }

    /// <summary>
    /// The budget when none is set: four fifths of <paramref name="blockTime"/>. A transaction left out of a block waits a
    /// whole block time for the next one, while taking it costs everyone in the block only its share of the build time;
    /// so a block should take all it can while it still finishes well before the next is due, and no less. (Half the block
    /// time deferred transactions at 5,000 tx/s whenever a collection had slowed one block, which raised p90 latency.)
    /// </summary>
    public static TimeSpan DefaultFor(TimeSpan blockTime) => blockTime * 4 / 5;

    /// <summary>Time one block may take to build and commit.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Most transactions the next block may take, or null before any block has measured the cost.</summary>
    public int? TransactionCap
    {
        get
        {
            var samples = Math.Min(recorded, Window);
            if (samples == 0)
            {
                return null;
            }

            var sorted = recentTicksPerTransaction[..samples];
            Array.Sort(sorted);
            var cost = Math.Max(1, Math.Min(sorted[samples / 2], recentTicksPerTransaction[(recorded - 1) % Window]));
            return (int)Math.Clamp(Budget.Ticks / cost, MinimumSample, int.MaxValue);
        }
    }

    /// <summary>Learns from a committed block: <paramref name="transactions"/> user transactions took <paramref name="elapsed"/> of building.</summary>
    public void Record(int transactions, TimeSpan elapsed)
    {
        if (transactions < MinimumSample)
        {
            return;
        }

        recentTicksPerTransaction[recorded % Window] = elapsed.Ticks / transactions;
        recorded++;
    }
}
