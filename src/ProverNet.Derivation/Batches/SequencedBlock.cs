using ProverNet.Chain.Blocks;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// What a batch carries of one L2 block: what derivation cannot rebuild from L1 — its time, its L1 origin's number and
/// its user transactions (raw, signed). Everything else (system transactions, roots) follows from L1 and execution.
/// </summary>
/// <param name="Timestamp">The block's time, seconds.</param>
/// <param name="L1OriginNumber">Its L1 origin's number (the hash is checked against L1 by derivation).</param>
/// <param name="Transactions">Its user transactions as signed, in order.</param>
public sealed record SequencedBlock(ulong Timestamp, ulong L1OriginNumber, IReadOnlyList<byte[]> Transactions)
{
    /// <summary>What a batch carries of <paramref name="block"/>.</summary>
    public static SequencedBlock Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new SequencedBlock(block.Header.Timestamp, block.Header.L1Origin.Number, [.. block.Body.UserTransactions.Select(transaction => transaction.ToArray())]);
    }
}
