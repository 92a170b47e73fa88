using ProverNet.Core;

namespace ProverNet.Node.L1.Transactions;

/// <summary>One signed version of a transaction: what was broadcast, so that it can be broadcast again byte for byte.</summary>
/// <param name="Nonce">The account nonce it uses.</param>
/// <param name="Fees">Its fees.</param>
/// <param name="GasLimit">Its gas limit.</param>
/// <param name="RawHex">The signed EIP-2718 envelope (type 2), 0x-prefixed, as <c>eth_sendRawTransaction</c> takes it.</param>
/// <param name="Hash">Its transaction hash.</param>
internal sealed record L1SignedTransaction(ulong Nonce, L1Fees Fees, ulong GasLimit, string RawHex, Hash256 Hash);
