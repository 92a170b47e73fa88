using System.Numerics;
using ProverNet.Core;

namespace ProverNet.Node.Tests.L1.Transactions;

/// <summary>A transaction in anvil's mempool.</summary>
public readonly record struct PendingTransaction(Hash256 Hash, ulong Nonce, BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas);
