namespace ProverNet.Node.Mempool;

/// <summary>
/// Bounds how many submissions are decoded at once: a caller locks the lane <see cref="Next"/> gives while it recovers a
/// sender. Lanes are handed out in turn, so with one lane (a 2-core node) recovery is strictly one at a time.
/// </summary>
internal sealed class RecoveryLanes
{
    private readonly Lock[] lanes;
    private uint next;

    public RecoveryLanes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lanes = new Lock[count];
        for (var i = 0; i < count; i++)
        {
            lanes[i] = new Lock();
        }
    }

    /// <summary>The lane to lock for the next recovery.</summary>
    public Lock Next() => lanes[Interlocked.Increment(ref next) % (uint)lanes.Length];
}
