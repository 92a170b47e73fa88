using ProverNet.Auction;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;

namespace ProverNet.Chain.Execution;

/// <summary>A block committed to the store, with its receipts and the auction round it cleared (if one ran).</summary>
/// <param name="Block">The block.</param>
/// <param name="Receipts">One receipt per transaction, in execution order.</param>
/// <param name="Clearing">The round cleared at its end; null when none ran.</param>
public sealed record ProcessedBlock(Block Block, IReadOnlyList<Receipt> Receipts, RoundOutcome? Clearing);
