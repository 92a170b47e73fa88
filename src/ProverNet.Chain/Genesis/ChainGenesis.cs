using ProverNet.Core;

namespace ProverNet.Chain.Genesis;

/// <summary>A network definition (<c>genesis/&lt;network&gt;/genesis.json</c>): everything block 0 and the L1 deployment start from.</summary>
/// <param name="Name">Network name.</param>
/// <param name="ChainId">The L2 chain id that signed transactions must carry.</param>
/// <param name="Timestamp">Block 0's timestamp, seconds.</param>
/// <param name="L1">The settlement layer.</param>
/// <param name="Rollup">Block production and settlement settings.</param>
/// <param name="TokenAllocations">BREV minted on L1 when the token is deployed: the whole fixed supply.</param>
/// <param name="Allocations">L2 balances at block 0.</param>
/// <param name="Provers">Provers registered and staked at block 0.</param>
/// <param name="Parameters">Governed protocol parameters at block 0.</param>
public sealed record ChainGenesis(
    string Name,
    ulong ChainId,
    ulong Timestamp,
    L1Settings L1,
    RollupSettings Rollup,
    IReadOnlyList<Allocation> TokenAllocations,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<GenesisProver> Provers,
    ProtocolParameters Parameters)
{
    /// <summary>The token's fixed supply: the sum of <see cref="TokenAllocations"/>.</summary>
    public Amount TokenSupply => TokenAllocations.Aggregate(Amount.Zero, (sum, allocation) => sum + allocation.Amount);
}
