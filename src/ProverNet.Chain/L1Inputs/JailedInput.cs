using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>StakingController <c>Jailed(prover, until)</c>: the mirror is Jailed (its offers stop being eligible).</summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
/// <param name="Until">L1 time from which the prover may unjail itself (carried for the record; L1 decides when).</param>
public readonly record struct JailedInput(L1LogId Log, Address Prover, ulong Until) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.Jailed;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() => L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover), RlpItems.OfNumber(Until));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current) => (current ?? ProverMirror.Unregistered) with { Status = ProverStatus.Jailed };

    internal static JailedInput Read(ref StrictRlpReader fields, L1LogId log) => new(log, fields.ReadAddress(nameof(Prover)), fields.ReadNumber(nameof(Until)));
}
