using System.Text.Json;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Receipts as Ethereum's JSON-RPC shows them, plus <c>revertReason</c> (Besu's name) on failed ones: ProverNet
/// receipts record why a transaction failed, since there is no EVM trace to replay.
/// </summary>
public static class ReceiptJson
{
    /// <summary>Writes the receipt of <paramref name="transaction"/>; <paramref name="receipts"/> are its block's, for log indexes.</summary>
    public static void Write(Utf8JsonWriter writer, IncludedTransaction transaction, IReadOnlyList<Receipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transaction);
        var receipt = transaction.Receipt;
        var block = transaction.Block;
        writer.WriteStartObject();
        writer.WriteHash("transactionHash", transaction.Hash);
        writer.WriteQuantity("transactionIndex", (ulong)transaction.Index);
        writer.WriteHash("blockHash", block.Hash);
        writer.WriteQuantity("blockNumber", block.Number);
        if (transaction.User is { } user)
        {
            writer.WriteAddress("from", user.Sender);
            if (user.To is { } to)
            {
                writer.WriteAddress("to", to);
            }
            else
            {
                writer.WriteNull("to");
            }

            writer.WriteQuantity("type", (ulong)user.Type);
        }
        else
        {
            writer.WriteAddress("from", TransactionJson.SystemSender);
            writer.WriteAddress("to", TransactionJson.SystemSender);
            writer.WriteQuantity("type", (ulong)SystemTransaction.TypeByte);
        }

        writer.WriteQuantity("cumulativeGasUsed", receipt.CumulativeGasUsed);
        writer.WriteQuantity("gasUsed", receipt.GasUsed);
        writer.WriteQuantity("effectiveGasPrice", receipt.EffectiveGasPrice.Wei);
        writer.WriteNull("contractAddress");
        writer.WriteStartArray("logs");
        foreach (var log in BlockLogs.OfTransaction(block, receipts, transaction.Index))
        {
            LogJson.Write(writer, log);
        }

        writer.WriteEndArray();
        writer.WriteData("logsBloom", LogsBloom.Of(receipt));
        writer.WriteQuantity("status", (ulong)receipt.Status);
        if (receipt.Status == ReceiptStatus.Failure)
        {
            writer.WriteString("revertReason", receipt.FailureReason);
        }

        writer.WriteEndObject();
    }
}
