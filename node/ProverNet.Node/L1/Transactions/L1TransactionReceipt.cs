using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>An L1 transaction as included on the canonical chain.</summary>
/// <param name="TransactionHash">The transaction hash (of the version that was included).</param>
/// <param name="BlockNumber">The L1 block that includes it.</param>
/// <param name="BlockHash">That block's hash.</param>
/// <param name="Succeeded">Whether it executed without reverting.</param>
/// <param name="GasUsed">Gas used.</param>
/// <param name="EffectiveGasPrice">Wei per gas paid.</param>
public sealed record L1TransactionReceipt(Hash256 TransactionHash, ulong BlockNumber, Hash256 BlockHash, bool Succeeded, ulong GasUsed, UInt256 EffectiveGasPrice);
