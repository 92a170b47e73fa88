namespace ProverNet.Chain.Genesis;

/// <summary>The Ethereum chain that ProverNet settles on.</summary>
/// <param name="ChainId">L1 chain id.</param>
/// <param name="Confirmations">L1 blocks an event waits before the node derives it.</param>
/// <param name="FinalityDepth">L1 depth at which L1 data counts as final.</param>
public sealed record L1Settings(ulong ChainId, uint Confirmations, uint FinalityDepth);
