namespace ProverNet.Chain.Blocks;

/// <summary>Where a log sits: what <c>eth_getLogs</c> reports beside the log itself.</summary>
/// <param name="BlockNumber">The block's height.</param>
/// <param name="TransactionIndex">The emitting transaction's position in the block's execution order.</param>
/// <param name="LogIndex">The log's position among all logs of the block, from 0 (Ethereum's block-wide log index).</param>
public readonly record struct LogLocation(ulong BlockNumber, int TransactionIndex, int LogIndex);
