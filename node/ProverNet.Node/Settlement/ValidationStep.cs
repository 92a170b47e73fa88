using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Settlement;

/// <summary>One step of the <see cref="OutputValidator"/>.</summary>
/// <param name="Outcome">What it did.</param>
/// <param name="Index">The output it looked at; null when there was none or the key is not a validator.</param>
/// <param name="Receipt">The attestation or challenge it sent, if any.</param>
public sealed record ValidationStep(ValidationOutcome Outcome, ulong? Index, L1TransactionReceipt? Receipt);
