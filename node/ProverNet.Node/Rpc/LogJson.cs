using System.Text.Json;

namespace ProverNet.Node.Rpc;

/// <summary>A log as Ethereum's JSON-RPC shows it.</summary>
public static class LogJson
{
    /// <summary>Writes <paramref name="log"/> as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, IndexedLog log)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteAddress("address", log.Entry.Address);
        writer.WriteStartArray("topics");
        foreach (var topic in log.Entry.Topics)
        {
            writer.WriteStringValue(topic.ToString());
        }

        writer.WriteEndArray();
        writer.WriteData("data", log.Entry.Data);
        writer.WriteQuantity("blockNumber", log.BlockNumber);
        writer.WriteHash("blockHash", log.BlockHash);
        writer.WriteQuantity("blockTimestamp", log.BlockTimestamp);
        writer.WriteHash("transactionHash", log.TransactionHash);
        writer.WriteQuantity("transactionIndex", (ulong)log.TransactionIndex);
        writer.WriteQuantity("logIndex", (ulong)log.LogIndex);
        writer.WriteBoolean("removed", false);
        writer.WriteEndObject();
    }
}
