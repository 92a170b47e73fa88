using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController <c>Slashed(prover, vaultAmount, pendingAmount, reason)</c>. When the slash is one L2 asked for —
/// the bridge relays a job's slash with the job id as its reason, a number below 2^64, where L1's own slashes carry a
/// hash — the mirror's <see cref="ProverRecord.PendingSlash"/> drops by what L1 took; the <c>StakeUpdated</c> that L1
/// emits right after then sets the stake. L1's own slashes change nothing here: their <c>StakeUpdated</c> carries them.
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
/// <param name="Taken">What L1 took from the vault and the pending unstakes together.</param>
/// <param name="Reason">The slash's reason.</param>
public readonly record struct SlashedInput(L1LogId Log, Address Prover, Amount Taken, Hash256 Reason) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.Slashed;

    /// <summary>Whether the reason names an L2 job, as a relayed L2 slash does.</summary>
    public bool IsRelayedFromL2
    {
        get
        {
            Span<byte> reason = stackalloc byte[Hash256.Length];
            Reason.WriteTo(reason);
            return !reason[..24].ContainsAnyExcept((byte)0);
        }
    }

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover), RlpItems.OfAmount(Taken), RlpItems.OfHash(Reason));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current)
    {
        var record = current ?? ProverMirror.Unregistered;
        return IsRelayedFromL2
            ? record with { PendingSlash = record.PendingSlash > Taken ? record.PendingSlash - Taken : Amount.Zero }
            : record;
    }

    internal static SlashedInput Read(ref StrictRlpReader fields, L1LogId log) =>
        new(log, fields.ReadAddress(nameof(Prover)), fields.ReadAmount(nameof(Taken)), fields.ReadHash(nameof(Reason)));
}
