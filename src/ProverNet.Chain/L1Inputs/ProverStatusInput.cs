using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>StakingController <c>ProverStatusChanged(prover, status)</c>: the mirror takes the new status.</summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
/// <param name="Status">The new status (the payload carries L1's number, see <see cref="L1ProverStatus"/>).</param>
public readonly record struct ProverStatusInput(L1LogId Log, Address Prover, ProverStatus Status) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.ProverStatusChanged;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() =>
        L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover), RlpItems.OfNumber(L1ProverStatus.ToL1(Status)));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current) => (current ?? ProverMirror.Unregistered) with { Status = Status };

    internal static ProverStatusInput Read(ref StrictRlpReader fields, L1LogId log) =>
        new(log, fields.ReadAddress(nameof(Prover)), L1ProverStatus.FromL1(fields.ReadNumber(nameof(Status))));
}
