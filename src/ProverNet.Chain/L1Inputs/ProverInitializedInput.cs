using ProverNet.Chain.Blocks;
using ProverNet.Chain.State;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// StakingController <c>ProverInitialized(prover, vault, commissionBps)</c>: the prover gets a mirror with no stake and
/// status Inactive, as <c>initializeProver</c> leaves it on L1 (it turns Active with its own stake, which L1 reports
/// through <c>ProverStatusChanged</c>). A prover already mirrored keeps its record: L1 initializes a prover once, so
/// this only happens for genesis provers, whose genesis stake stands until L1's <c>StakeUpdated</c>.
/// </summary>
/// <param name="Log">The L1 log.</param>
/// <param name="Prover">The prover.</param>
public readonly record struct ProverInitializedInput(L1LogId Log, Address Prover) : IProverMirrorInput
{
    /// <inheritdoc/>
    public L1InputKind Kind => L1InputKind.ProverInitialized;

    /// <inheritdoc/>
    public SystemTransaction ToSystemTransaction() => L1Payload.Build(Kind, Log, RlpItems.OfAddress(Prover));

    /// <inheritdoc/>
    public ProverRecord ApplyTo(ProverRecord? current) => current ?? ProverMirror.Unregistered;

    internal static ProverInitializedInput Read(ref StrictRlpReader fields, L1LogId log) => new(log, fields.ReadAddress(nameof(Prover)));
}
