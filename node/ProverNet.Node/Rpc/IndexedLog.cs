using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>A log with where it sits in the chain: what <c>eth_getLogs</c> and receipts report.</summary>
/// <param name="Entry">The log.</param>
/// <param name="BlockNumber">Its block's number.</param>
/// <param name="BlockHash">Its block's hash.</param>
/// <param name="BlockTimestamp">Its block's time.</param>
/// <param name="TransactionHash">The emitting transaction.</param>
/// <param name="TransactionIndex">The emitting transaction's position in the block.</param>
/// <param name="LogIndex">The log's position among all the block's logs.</param>
public readonly record struct IndexedLog(
    LogEntry Entry, ulong BlockNumber, Hash256 BlockHash, ulong BlockTimestamp, Hash256 TransactionHash, int TransactionIndex, int LogIndex);
