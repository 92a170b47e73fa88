using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>
/// The L1 contracts derivation reads: those whose logs become L2 inputs, and the inbox whose transactions carry the
/// batches. They are part of the genesis, not of a node's settings: every node must read the same contracts, or they
/// would derive different chains from the same L1.
/// </summary>
/// <param name="RollupBridge">Emits <c>DepositInitiated</c>.</param>
/// <param name="StakingController">Emits the prover stake and status events.</param>
/// <param name="ParameterRegistry">Emits <c>ParameterChanged</c>.</param>
/// <param name="ProofVerifier">Emits <c>ProofVerified</c>.</param>
/// <param name="BatchInbox">Emits <c>BatchSubmitted</c> for each batch the sequencer posts in a transaction's calldata.</param>
public sealed record L1Contracts(Address RollupBridge, Address StakingController, Address ParameterRegistry, Address ProofVerifier, Address BatchInbox)
{
    /// <summary>The genesis field names, which are also the contract names of the deployment record.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [nameof(RollupBridge), nameof(StakingController), nameof(ParameterRegistry), nameof(ProofVerifier), nameof(BatchInbox)];

    /// <summary>Each contract's address with its name (<see cref="Names"/>, in that order).</summary>
    public IReadOnlyList<(string Name, Address Address)> Named =>
        [(nameof(RollupBridge), RollupBridge), (nameof(StakingController), StakingController), (nameof(ParameterRegistry), ParameterRegistry), (nameof(ProofVerifier), ProofVerifier), (nameof(BatchInbox), BatchInbox)];

    /// <summary>The four contracts whose logs are L2 inputs, in ascending order, as the log filter takes them.</summary>
    public IReadOnlyList<Address> Inputs => [.. new[] { RollupBridge, StakingController, ParameterRegistry, ProofVerifier }.Order()];

    /// <summary>The inputs' contracts and the inbox, in ascending order: what a node deriving batches reads.</summary>
    public IReadOnlyList<Address> All => [.. new[] { RollupBridge, StakingController, ParameterRegistry, ProofVerifier, BatchInbox }.Order()];
}
