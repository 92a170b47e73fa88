using ProverNet.Core;

namespace ProverNet.Derivation;

/// <summary>An L1 transaction as derivation reads it: who sent what to whom, and where it was included.</summary>
/// <param name="Hash">The transaction hash.</param>
/// <param name="BlockNumber">The block that includes it (null while pending).</param>
/// <param name="BlockHash">That block's hash (null while pending).</param>
/// <param name="From">The sender.</param>
/// <param name="To">The recipient (null for a contract creation).</param>
/// <param name="Input">The calldata.</param>
public sealed record L1Transaction(Hash256 Hash, ulong? BlockNumber, Hash256? BlockHash, Address From, Address? To, byte[] Input);
