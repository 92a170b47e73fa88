using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;

namespace ProverNet.Node.Rpc;

/// <summary>The logs of a block in order, each with its block-wide log index.</summary>
public static class BlockLogs
{
    /// <summary>All logs of <paramref name="block"/> given its <paramref name="receipts"/>.</summary>
    public static List<IndexedLog> Of(Block block, IReadOnlyList<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        var logs = new List<IndexedLog>();
        for (var i = 0; i < receipts.Count; i++)
        {
            AddReceipt(logs, block, receipts[i], i, logs.Count);
        }

        return logs;
    }

    /// <summary>The logs of receipt <paramref name="transactionIndex"/> of <paramref name="block"/>.</summary>
    public static List<IndexedLog> OfTransaction(Block block, IReadOnlyList<Receipt> receipts, int transactionIndex)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        var firstLogIndex = 0;
        for (var i = 0; i < transactionIndex; i++)
        {
            firstLogIndex += receipts[i].Logs.Count;
        }

        var logs = new List<IndexedLog>();
        AddReceipt(logs, block, receipts[transactionIndex], transactionIndex, firstLogIndex);
        return logs;
    }

    private static void AddReceipt(List<IndexedLog> logs, Block block, Receipt receipt, int transactionIndex, int firstLogIndex)
    {
        var logIndex = firstLogIndex;
        for (var i = 0; i < receipt.Logs.Count; i++)
        {
            logs.Add(new IndexedLog(receipt.Logs[i], block.Number, block.Hash, block.Header.Timestamp, receipt.TransactionHash, transactionIndex, logIndex++));
        }
    }
}
