using ProverNet.Core;

namespace ProverNet.Auction;

/// <summary>
/// An open prover offer (docs/clearing-rule.md §2): one slot, at most one job. The chain passes only offers whose prover is still
/// eligible (its free stake covers the class's minimum); the engine does not see stake.
/// </summary>
/// <param name="Id">Unique among offers.</param>
/// <param name="Seq">Chain-wide counter at submission: the tie-breaker (ties on <c>Seq</c> fall back to <paramref name="Id"/>).</param>
/// <param name="ClassId">The class it serves (a pipeline stage class serves that pipeline's composite bids).</param>
/// <param name="AskPerUnit">Ask <c>a</c> per unit, 1..2^96-1 wei, gross of the market fee.</param>
/// <param name="Expiry">Last block time at which the offer may be matched.</param>
/// <param name="Prover">The account that placed it.</param>
public readonly record struct Offer(
    ulong Id,
    ulong Seq,
    uint ClassId,
    UInt128 AskPerUnit,
    ulong Expiry,
    Address Prover) : IOrder
{
    /// <inheritdoc/>
    Address IOrder.Account => Prover;

    /// <inheritdoc/>
    UInt128 IOrder.Price => AskPerUnit;

    /// <inheritdoc/>
    uint IOrder.Units => 1;
}
