using ProverNet.Chain.Parameters;
using ProverNet.Chain.State;

namespace ProverNet.Chain.Genesis;

/// <summary>
/// Writes a genesis's L2 balances, staked provers and governed parameters into an empty state: block 0's state before
/// any transaction.
/// </summary>
public static class GenesisState
{
    /// <summary>
    /// Credits every <c>alloc</c> entry, mirrors every genesis prover as active with its stake, and stores the genesis
    /// parameters (<see cref="ParametersStore"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The state already has a committed root: genesis applies once.</exception>
    public static void Apply(WorldState state, ChainGenesis genesis)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(genesis);
        if (state.Root != Core.Hash256.Zero)
        {
            throw new InvalidOperationException($"the state is not empty (root {state.Root}); genesis applies to a new chain only");
        }

        state.Set(ChainIdentity.Key, ChainIdentity.Encode(genesis));
        foreach (var allocation in genesis.Allocations)
        {
            state.Credit(allocation.Address, allocation.Amount);
        }

        foreach (var prover in genesis.Provers)
        {
            state.SetProver(prover.Address, new ProverRecord(prover.Stake, Core.Amount.Zero, ProverStatus.Active, prover.Stake));
        }

        ParametersStore.Write(state, genesis.Parameters);
    }
}
