using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>A transaction that passed admission, with what its execution needs already decoded.</summary>
/// <param name="Transaction">The signed transaction.</param>
/// <param name="GasUsed">Its gas under the governed schedule (ProverNet charges exactly this, there is no EVM).</param>
/// <param name="MarketCall">The decoded Market call, when sent to the Market.</param>
/// <param name="WithdrawalRecipient">The L1 recipient, when it is a Bridge withdrawal.</param>
public sealed record AdmittedTransaction(SignedTransaction Transaction, ulong GasUsed, MarketCall? MarketCall, Address? WithdrawalRecipient);
