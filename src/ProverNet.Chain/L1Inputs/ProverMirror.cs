using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.L1Inputs;

/// <summary>Applies StakingController events to the prover mirror in the state.</summary>
public static class ProverMirror
{
    /// <summary>The mirror of a prover L1 just registered: no stake, Inactive until its own stake makes it Active.</summary>
    public static ProverRecord Unregistered => new(Amount.Zero, Amount.Zero, ProverStatus.Inactive, Amount.Zero);

    /// <summary>Reads the prover's mirror (if any), applies the event and stores the result.</summary>
    public static void Apply(WorldState state, IProverMirrorInput input)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        state.SetProver(input.Prover, input.ApplyTo(state.GetProver(input.Prover)));
    }
}
