using System.CommandLine;
using System.Text.Json;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Rpc;

namespace ProverNet.Node.Cli;

/// <summary><c>provernet tx decode HEX [--chain-id N]</c>: decodes and checks one raw signed Ethereum transaction.</summary>
public static class TxCommand
{
    /// <summary>Builds the <c>tx</c> command with its <c>decode</c> subcommand.</summary>
    public static Command Create()
    {
        var hex = new Argument<string>("hex") { Description = "The raw transaction as sent to eth_sendRawTransaction: 0x-prefixed hex." };
        var chainId = new Option<ulong?>("--chain-id") { Description = "Reject transactions for any other chain (legacy ones without EIP-155 carry none and pass)." };
        var decode = new Command("decode", "Decode a signed transaction, check it as an Ethereum (Cancun) node would, and print it as JSON.");
        decode.Arguments.Add(hex);
        decode.Options.Add(chainId);
        decode.SetAction(parseResult => Decode(parseResult, parseResult.GetValue(hex)!, parseResult.GetValue(chainId)));

        var tx = new Command("tx", "Work with signed Ethereum transactions.");
        tx.Subcommands.Add(decode);
        return tx;
    }

    private static int Decode(ParseResult parseResult, string hex, ulong? chainId)
    {
        var error = parseResult.InvocationConfiguration.Error;
        if (!Hex.TryDecode(hex.Trim(), out var raw, out var hexError))
        {
            error.WriteLine($"error: {hexError}");
            return 1;
        }

        if (!new TransactionDecoder(chainId).TryDecode(raw, out var transaction, out var decodingError))
        {
            error.WriteLine($"error: {decodingError.Message} ({decodingError.Code})");
            return 1;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, transaction);
        }

        parseResult.InvocationConfiguration.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return 0;
    }

    /// <summary>Writes the transaction the way Ethereum JSON-RPC does: minimal hex quantities, full hex data.</summary>
    private static void Write(Utf8JsonWriter writer, SignedTransaction transaction)
    {
        writer.WriteStartObject();
        writer.WriteString("type", RpcJson.Quantity((ulong)transaction.Type));
        if (transaction.ChainId is ulong chainId)
        {
            writer.WriteString("chainId", RpcJson.Quantity(chainId));
        }

        writer.WriteString("nonce", RpcJson.Quantity(transaction.Nonce));
        if (transaction.Type == TransactionType.DynamicFee)
        {
            writer.WriteString("maxPriorityFeePerGas", transaction.MaxPriorityFeePerGas.ToHexQuantity());
            writer.WriteString("maxFeePerGas", transaction.MaxFeePerGas.ToHexQuantity());
        }
        else
        {
            writer.WriteString("gasPrice", transaction.GasPrice.ToHexQuantity());
        }

        writer.WriteString("gas", RpcJson.Quantity(transaction.GasLimit));
        if (transaction.To is Address to)
        {
            writer.WriteString("to", to.ToString());
        }
        else
        {
            writer.WriteNull("to");
        }

        writer.WriteString("value", transaction.Value.ToHexQuantity());
        writer.WriteString("data", Hex.Encode(transaction.Data.Span));
        if (transaction.Type != TransactionType.Legacy)
        {
            TransactionJson.WriteAccessList(writer, transaction.AccessList);
        }

        writer.WriteString("v", transaction.V.ToHexQuantity());
        writer.WriteString("r", transaction.R.ToHexQuantity());
        writer.WriteString("s", transaction.S.ToHexQuantity());
        if (transaction.Type != TransactionType.Legacy)
        {
            writer.WriteString("yParity", RpcJson.Quantity(transaction.YParity));
        }

        writer.WriteString("sender", transaction.Sender.ToString());
        writer.WriteString("hash", transaction.Hash.ToString());
        writer.WriteEndObject();
    }
}
