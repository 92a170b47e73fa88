using ProverNet.Core;

namespace ProverNet.Auction;

/// <summary>
/// An open proof request (docs/clearing-rule.md §2) as the engine sees it: deadline, verifying key and input are the chain's business.
/// Ids are the chain's sequential order ids; the engine needs only that they are unique among bids, so a 64-bit id
/// is enough (2^64 orders are never reached).
/// </summary>
/// <param name="Id">Unique among bids.</param>
/// <param name="Seq">Chain-wide counter at submission: the tie-breaker (ties on <c>Seq</c> fall back to <paramref name="Id"/>).</param>
/// <param name="Market">The class, or the pipeline for a composite bid.</param>
/// <param name="Units">Job size <c>w</c> in proving units, 1..2^32-1 and within the class tier.</param>
/// <param name="MaxPricePerUnit">Bid <c>b</c> per unit, 1..2^96-1 wei (for a pipeline: for all stages together).</param>
/// <param name="Expiry">Last block time at which the bid may be matched.</param>
/// <param name="Requester">The account that placed it.</param>
public readonly record struct Bid(
    ulong Id,
    ulong Seq,
    MarketRef Market,
    uint Units,
    UInt128 MaxPricePerUnit,
    ulong Expiry,
    Address Requester) : IOrder
{
    /// <inheritdoc/>
    Address IOrder.Account => Requester;

    /// <inheritdoc/>
    UInt128 IOrder.Price => MaxPricePerUnit;
}
