using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController <c>Staked(prover, staker, assets, shares)</c> or <c>UnstakeRequested(requestId, prover, staker,
/// shares, assets, readyAt)</c>. The vault moved by <paramref name="Assets"/>, so the mirror's stake moves with it, and
/// its self stake too when the staker is the prover itself. L1 emits <c>StakeUpdated</c> with the exact totals right
/// after, in the same L1 transaction; moving here keeps the self stake within the stake at every log (on L1 the
/// <c>Staked</c> log comes before the <c>StakeUpdated</c> that would raise the stake it is clamped to).
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Movement">Into the vault or out of it.</param>
/// <param name="Prover">The prover.</param>
/// <param name="Staker">Who staked or unstaked: the prover (self stake) or a delegator.</param>
/// <param name="Assets">BREV wei moved.</param>
public readonly record struct StakeMovedInput(L1LogId Log, StakeMovement Movement, Address Prover, Address Staker, Amount Assets) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => Movement == StakeMovement.Staked ? L1InputKind.Staked : L1InputKind.UnstakeRequested;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover), RlpItems.OfAddress(Staker), RlpItems.OfAmount(Assets));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current)
    {
        var record = current ?? ProverMirror.Unregistered;
        var self = Staker == Prover;
        var (stake, selfStake) = Movement == StakeMovement.Staked
            ? (record.Stake + Assets, self ? record.SelfStake + Assets : record.SelfStake)
            : (LessOrZero(record.Stake, Assets), self ? LessOrZero(record.SelfStake, Assets) : record.SelfStake);
        return record with { Stake = stake, SelfStake = selfStake < stake ? selfStake : stake };
    }

    internal static StakeMovedInput Read(ref StrictRlpReader fields, L1LogId log, StakeMovement movement) =>
        new(log, movement, fields.ReadAddress(nameof(Prover)), fields.ReadAddress(nameof(Staker)), fields.ReadAmount(nameof(Assets)));

    // The mirror can hold less than L1 (an L2 slash not yet relayed), so an unstake may exceed it.
    private static Amount LessOrZero(Amount value, Amount minus) => value > minus ? value - minus : Amount.Zero;
}
