using System.Text.Json;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Node.Rpc;

/// <summary>
/// Transactions as Ethereum's JSON-RPC shows them. System transactions appear with type <c>0x7e</c> (OP Stack's
/// deposit type, which explorers know as "not user-signed"), sent from <see cref="SystemSender"/> to itself, with zero
/// gas, nonce, value and signature, and their payload as input.
/// </summary>
public static class TransactionJson
{
    /// <summary>
    /// The reserved sender shown for system transactions (0x…0B7E, "7e" for their type): in the system range next to the
    /// system contracts (0x…0B01–0B03), owned by no key, and not the treasury (the devnet treasury is 0x…0B00).
    /// </summary>
    public static readonly Address SystemSender = Address.Parse("0x0000000000000000000000000000000000000b7e");

    /// <summary>Writes an included transaction.</summary>
    public static void Write(Utf8JsonWriter writer, IncludedTransaction transaction, ulong chainId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.User is { } user)
        {
            WriteUser(writer, user, transaction.Block, transaction.Index, transaction.Receipt.EffectiveGasPrice.Wei);
        }
        else
        {
            WriteSystem(writer, transaction.System!.Value, transaction.Hash, transaction.Block, transaction.Index, chainId);
        }
    }

    /// <summary>Writes a user transaction, in a block (with its effective gas price) or pending (<paramref name="block"/> null).</summary>
    public static void WriteUser(Utf8JsonWriter writer, SignedTransaction transaction, Block? block, int index, UInt128? effectiveGasPrice)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transaction);
        writer.WriteStartObject();
        WritePosition(writer, block, index);
        writer.WriteHash("hash", transaction.Hash);
        writer.WriteQuantity("type", (ulong)transaction.Type);
        if (transaction.ChainId is { } chainId)
        {
            writer.WriteQuantity("chainId", chainId);
        }

        writer.WriteAddress("from", transaction.Sender);
        WriteTo(writer, transaction.To);
        writer.WriteQuantity("nonce", transaction.Nonce);
        writer.WriteQuantity("gas", transaction.GasLimit);
        if (effectiveGasPrice is { } price)
        {
            writer.WriteQuantity("gasPrice", price);
        }
        else
        {
            writer.WriteQuantity("gasPrice", transaction.GasPrice);
        }

        if (transaction.Type == TransactionType.DynamicFee)
        {
            writer.WriteQuantity("maxFeePerGas", transaction.MaxFeePerGas);
            writer.WriteQuantity("maxPriorityFeePerGas", transaction.MaxPriorityFeePerGas);
        }

        writer.WriteQuantity("value", transaction.Value);
        writer.WriteData("input", transaction.Data.Span);
        if (transaction.Type != TransactionType.Legacy)
        {
            WriteAccessList(writer, transaction.AccessList);
            writer.WriteQuantity("yParity", (ulong)transaction.YParity);
        }

        writer.WriteQuantity("v", transaction.V);
        writer.WriteQuantity("r", transaction.R);
        writer.WriteQuantity("s", transaction.S);
        writer.WriteEndObject();
    }

    private static void WriteSystem(Utf8JsonWriter writer, SystemTransaction transaction, Hash256 hash, Block block, int index, ulong chainId)
    {
        writer.WriteStartObject();
        WritePosition(writer, block, index);
        writer.WriteHash("hash", hash);
        writer.WriteQuantity("type", (ulong)SystemTransaction.TypeByte);
        writer.WriteQuantity("chainId", chainId);
        writer.WriteAddress("from", SystemSender);
        writer.WriteAddress("to", SystemSender);
        writer.WriteString("nonce", "0x0");
        writer.WriteString("gas", "0x0");
        writer.WriteString("gasPrice", "0x0");
        writer.WriteString("value", "0x0");
        writer.WriteData("input", transaction.Payload.Span);
        writer.WriteQuantity("systemKind", (ulong)transaction.Kind);
        writer.WriteStartArray("accessList");
        writer.WriteEndArray();
        writer.WriteString("v", "0x0");
        writer.WriteString("r", "0x0");
        writer.WriteString("s", "0x0");
        writer.WriteString("yParity", "0x0");
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, Block? block, int index)
    {
        if (block is null)
        {
            writer.WriteNull("blockHash");
            writer.WriteNull("blockNumber");
            writer.WriteNull("transactionIndex");
            return;
        }

        writer.WriteHash("blockHash", block.Hash);
        writer.WriteQuantity("blockNumber", block.Number);
        writer.WriteQuantity("transactionIndex", (ulong)index);
    }

    private static void WriteTo(Utf8JsonWriter writer, Address? to)
    {
        if (to is { } address)
        {
            writer.WriteAddress("to", address);
        }
        else
        {
            writer.WriteNull("to");
        }
    }

    /// <summary>Writes an EIP-2930 access list as <c>accessList</c> (also used by <c>provernet tx decode</c>).</summary>
    internal static void WriteAccessList(Utf8JsonWriter writer, IReadOnlyList<AccessListEntry> accessList)
    {
        writer.WriteStartArray("accessList");
        foreach (var entry in accessList)
        {
            writer.WriteStartObject();
            writer.WriteAddress("address", entry.Address);
            writer.WriteStartArray("storageKeys");
            foreach (var key in entry.StorageKeys)
            {
                writer.WriteStringValue(key.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
