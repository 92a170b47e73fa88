using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController <c>StakeUpdated(prover, vaultAssets, pendingAssets)</c>, emitted after every change of a prover's
/// stake: the mirror's stake becomes <paramref name="VaultAssets"/> less the L2 slashes L1 has not applied yet
/// (<see cref="ProverRecord.PendingSlash"/>). Pending unstakes are left out although L1 can
/// still slash them: they leave when their delay ends, so they cannot back jobs matched from now on. The self stake is
/// clamped to the new stake (a slash or a delegator's exit can leave it above).
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
/// <param name="VaultAssets">Assets in the prover's vault (self and delegated stake).</param>
/// <param name="PendingAssets">Assets in its pending unstakes (carried for the record, not mirrored).</param>
public readonly record struct StakeUpdatedInput(L1LogId Log, Address Prover, Amount VaultAssets, Amount PendingAssets) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.StakeUpdated;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover), RlpItems.OfAmount(VaultAssets), RlpItems.OfAmount(PendingAssets));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current)
    {
        var record = current ?? ProverMirror.Unregistered;
        var stake = VaultAssets > record.PendingSlash ? VaultAssets - record.PendingSlash : Amount.Zero;
        return record with { Stake = stake, SelfStake = record.SelfStake < stake ? record.SelfStake : stake };
    }

    internal static StakeUpdatedInput Read(ref StrictRlpReader fields, L1LogId log) =>
        new(log, fields.ReadAddress(nameof(Prover)), fields.ReadAmount(nameof(VaultAssets)), fields.ReadAmount(nameof(PendingAssets)));
}
