using ProverNet.Chain.Blocks;

namespace ProverNet.Chain.Genesis;

/// <summary>The Ethereum chain that ProverNet settles on.</summary>
/// <param name="ChainId">L1 chain id.</param>
/// <param name="Confirmations">L1 blocks that must follow an L1 block before it becomes an L2 block's origin.</param>
/// <param name="FinalityDepth">L1 depth at which L1 data counts as final.</param>
/// <param name="Origin">
/// The L1 block the chain starts after (block 0's origin): derivation reads L1 from the next block on. Null for a chain
/// that follows no L1 (the checked-in devnet genesis before <c>provernet devnet</c> anchors it to its anvil).
/// </param>
/// <param name="Contracts">The deployed contracts whose logs are L2 inputs; null exactly when <paramref name="Origin"/> is.</param>
public sealed record L1Settings(ulong ChainId, uint Confirmations, uint FinalityDepth, L1Origin? Origin = null, L1Contracts? Contracts = null)
{
    /// <summary>Whether the chain derives inputs from an L1 (it has an anchor and the addresses to read).</summary>
    public bool FollowsL1 => Origin is not null && Contracts is not null;
}
