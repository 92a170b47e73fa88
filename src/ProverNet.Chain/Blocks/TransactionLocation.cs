namespace ProverNet.Chain.Blocks;

/// <summary>Where a transaction sits: its block and its position in the block's execution order.</summary>
/// <param name="BlockNumber">The block's height.</param>
/// <param name="Index">The position among all the block's transactions (system ones included), from 0.</param>
public readonly record struct TransactionLocation(ulong BlockNumber, int Index);
