namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// Where an L1 log sits: its block and its index in that block. Every L1 input payload starts with it, so each derived
/// system transaction has a hash of its own across the whole chain.
/// </summary>
/// <param name="L1BlockNumber">Number of the L1 block that holds the log.</param>
/// <param name="LogIndex">Index of the log within that block.</param>
public readonly record struct L1LogId(ulong L1BlockNumber, uint LogIndex);
