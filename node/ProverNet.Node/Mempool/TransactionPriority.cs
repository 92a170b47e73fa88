namespace ProverNet.Node.Mempool;

/// <summary>
/// The order in which the pool prefers transactions: the higher fee rank first, and among equal ranks the earlier arrival.
/// Arrival numbers are unique, so the order is total and the same pool contents always give the same blocks. Blocks draw
/// from the smallest; eviction takes the largest.
/// </summary>
/// <param name="Rank">What it pays at the base fee the priority was taken at.</param>
/// <param name="Sequence">Arrival number in the pool.</param>
internal readonly record struct TransactionPriority(FeeRank Rank, ulong Sequence) : IComparable<TransactionPriority>
{
    /// <summary>Negative when this one is preferred.</summary>
    public int CompareTo(TransactionPriority other)
    {
        var byRank = other.Rank.CompareTo(Rank);
        return byRank != 0 ? byRank : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Whether <paramref name="left"/> is preferred.</summary>
    public static bool operator <(TransactionPriority left, TransactionPriority right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="right"/> is preferred.</summary>
    public static bool operator >(TransactionPriority left, TransactionPriority right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is preferred or the same.</summary>
    public static bool operator <=(TransactionPriority left, TransactionPriority right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="right"/> is preferred or the same.</summary>
    public static bool operator >=(TransactionPriority left, TransactionPriority right) => left.CompareTo(right) >= 0;
}
