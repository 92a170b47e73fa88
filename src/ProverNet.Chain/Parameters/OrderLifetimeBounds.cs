namespace ProverNet.Chain.Parameters;

/// <summary>
/// The range of a market class's governed <c>maxOrderLifetimeSec</c>, the one definition that genesis loading, the L2
/// decoding of a governance change and the state codec hold a class to. ParameterRegistry repeats it as
/// <c>MIN_ORDER_LIFETIME_SEC</c> / <c>MAX_ORDER_LIFETIME_SEC</c> (Solidity cannot share it); a test calls the compiled
/// registry and compares.
/// </summary>
public static class OrderLifetimeBounds
{
    /// <summary>
    /// 60 s: an order has to survive its way into a block and to the next clearing round; with a shorter bound a class's
    /// orders would expire routinely before anything could match them, which is a mistake, not a policy.
    /// </summary>
    public const uint MinSec = 60;

    /// <summary>
    /// 365 days: the cap on how long an order can hold escrow or a stake lock and a place in every round's scan. It keeps
    /// abandoned orders from living forever and <c>block time + lifetime + proving windows</c> far from overflowing;
    /// standing interest beyond a year can be submitted again.
    /// </summary>
    public const uint MaxSec = 365 * 24 * 3600;

    /// <summary>Whether <paramref name="lifetimeSec"/> is a valid <c>maxOrderLifetimeSec</c>.</summary>
    /// <param name="lifetimeSec">A class's <c>maxOrderLifetimeSec</c>.</param>
    /// <returns>True within <see cref="MinSec"/>..<see cref="MaxSec"/>.</returns>
    public static bool Contains(uint lifetimeSec) => lifetimeSec is >= MinSec and <= MaxSec;
}
