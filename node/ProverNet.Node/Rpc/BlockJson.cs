using System.Text.Json;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Blocks as Ethereum's JSON-RPC shows them, with the fields clients expect of a post-merge block (no uncles, zero
/// difficulty and nonce, zero <c>mixHash</c>) and a real <c>logsBloom</c>; ProverNet's own header fields follow as
/// extra members (<c>l1OriginNumber</c>, <c>l1OriginHash</c>, <c>l1OriginTimestamp</c>, <c>messagesRoot</c>, <c>clearingSummaryHash</c>).
/// </summary>
public static class BlockJson
{
    /// <summary>keccak256(rlp([])): the <c>sha3Uncles</c> of a block without uncles.</summary>
    public static readonly Hash256 EmptyUnclesHash = Hash256.Parse("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");

    /// <summary>
    /// Writes <paramref name="block"/>, whose log bloom is <paramref name="logsBloom"/>, with transaction hashes, or with
    /// full transactions when <paramref name="receipts"/> (its receipts) are given.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Block block, byte[] logsBloom, IReadOnlyList<Receipt>? receipts, Address miner, ulong chainId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(logsBloom);
        writer.WriteStartObject();
        WriteHeaderFields(writer, block, logsBloom, miner);
        writer.WriteQuantity("size", (ulong)block.EncodedLength);
        writer.WriteStartArray("transactions");
        var hashes = block.Body.TransactionHashes;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (receipts is not null)
            {
                TransactionJson.Write(writer, IncludedTransaction.At(block, receipts, i, chainId), chainId);
            }
            else
            {
                writer.WriteStringValue(hashes[i].ToString());
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("uncles");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the header of <paramref name="block"/> as a <c>newHeads</c> notification carries it.</summary>
    public static void WriteHeader(Utf8JsonWriter writer, Block block, IReadOnlyList<Receipt> receipts, Address miner)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(receipts);
        writer.WriteStartObject();
        WriteHeaderFields(writer, block, LogsBloom.Of(receipts), miner);
        writer.WriteEndObject();
    }

    private static void WriteHeaderFields(Utf8JsonWriter writer, Block block, byte[] logsBloom, Address miner)
    {
        var header = block.Header;
        writer.WriteQuantity("number", header.Number);
        writer.WriteHash("hash", block.Hash);
        writer.WriteHash("parentHash", header.ParentHash);
        writer.WriteString("nonce", "0x0000000000000000");
        writer.WriteHash("mixHash", Hash256.Zero);
        writer.WriteHash("sha3Uncles", EmptyUnclesHash);
        writer.WriteData("logsBloom", logsBloom);
        writer.WriteHash("transactionsRoot", header.TransactionsRoot);
        writer.WriteHash("stateRoot", header.StateRoot);
        writer.WriteHash("receiptsRoot", header.ReceiptsRoot);
        writer.WriteAddress("miner", miner);
        writer.WriteString("difficulty", "0x0");
        writer.WriteString("totalDifficulty", "0x0");
        writer.WriteString("extraData", "0x");
        writer.WriteQuantity("gasLimit", header.GasLimit);
        writer.WriteQuantity("gasUsed", header.GasUsed);
        writer.WriteQuantity("timestamp", header.Timestamp);
        writer.WriteQuantity("baseFeePerGas", header.BaseFee.Wei);
        writer.WriteQuantity("l1OriginNumber", header.L1Origin.Number);
        writer.WriteHash("l1OriginHash", header.L1Origin.Hash);
        writer.WriteQuantity("l1OriginTimestamp", header.L1Origin.Timestamp);
        writer.WriteHash("messagesRoot", header.MessagesRoot);
        writer.WriteHash("clearingSummaryHash", header.ClearingSummaryHash);
    }
}
