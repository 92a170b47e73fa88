using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController <c>Unjailed(prover)</c>: the mirror is Inactive, as <c>unjail</c> leaves it on L1; a following
/// <c>ProverStatusChanged</c> makes it Active again when its own stake suffices.
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
public readonly record struct UnjailedInput(L1LogId Log, Address Prover) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.Unjailed;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() => L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current) => (current ?? ProverMirror.Unregistered) with { Status = ProverStatus.Inactive };

    internal static UnjailedInput Read(ref StrictRlpReader fields, L1LogId log) => new(log, fields.ReadAddress(nameof(Prover)));
}
