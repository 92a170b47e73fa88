using System.IO.Compression;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Benchmarks.Batches;

/// <summary>
/// A measuring prototype of a span-batch-like layout for issue 14's batch format — not the format: each field of the
/// EIP-1559 transactions goes to a column of its own (nonces, fees, gas, recipients by dictionary, calldata selectors
/// by dictionary, calldata words trimmed of their zero padding apart from the full 32-byte words, y-parity bits, and
/// the 64-byte signatures last), so that the random bytes (signatures, hashes) do not dilute what repeats. Brotli q11
/// over the columns. Nothing decodes it; it exists to tell the format's design what the split gains.
/// </summary>
public static class ColumnarBatchPrototype
{
    /// <summary>The Brotli window used for every figure (2^24 bytes: a whole batch).</summary>
    public const int Window = 24;

    /// <summary>Brotli q11 of the raw transactions one after the other: the baseline the format must beat.</summary>
    public static int BaselineBytes(IReadOnlyList<byte[]> transactions) => Compress([.. transactions.SelectMany(raw => raw)]);

    /// <summary>Brotli q11 of the columns.</summary>
    public static int ColumnarBytes(IReadOnlyList<byte[]> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var decoder = new TransactionDecoder();
        var columns = Enumerable.Range(0, 11).Select(_ => new List<byte>()).ToArray();
        var (fixedFields, recipients, newRecipients, selectors, newSelectors, wordLengths, shortWords, fullWords, parity, signatures, tails) =
            (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], columns[8], columns[9], columns[10]);
        var knownRecipients = new List<Address>();
        var knownSelectors = new List<uint>();
        foreach (var raw in transactions)
        {
            if (!decoder.TryDecode(raw, out var tx, out var error) || tx.Type != TransactionType.DynamicFee || tx.AccessList.Count > 0)
            {
                throw new InvalidOperationException($"the prototype takes plain EIP-1559 transactions only: {error.Message}");
            }

            Varint(fixedFields, tx.ChainId!.Value);
            Varint(fixedFields, tx.Nonce);
            Varint(fixedFields, Small(tx.MaxPriorityFeePerGas));
            Varint(fixedFields, Small(tx.MaxFeePerGas));
            Varint(fixedFields, tx.GasLimit);
            Varint(fixedFields, Small(tx.Value));
            Dictionary(recipients, newRecipients, knownRecipients, tx.To!.Value, address => address.ToArray());
            var data = tx.Data.Span;
            Varint(fixedFields, (ulong)data.Length);
            Dictionary(selectors, newSelectors, knownSelectors, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data), selector => BitConverter.GetBytes(selector));
            var words = data[4..];
            for (; words.Length >= 32; words = words[32..])
            {
                var significant = words[..32].TrimStart((byte)0);
                wordLengths.Add((byte)significant.Length);
                (significant.Length == 32 ? fullWords : shortWords).AddRange(significant.ToArray());
            }

            tails.AddRange(words.ToArray());
            parity.Add(tx.YParity);
            var signature = new byte[64];
            tx.R.WriteBigEndian(signature.AsSpan(0, 32));
            tx.S.WriteBigEndian(signature.AsSpan(32));
            signatures.AddRange(signature);
        }

        var payload = new List<byte>();
        foreach (var column in columns)
        {
            Varint(payload, (ulong)column.Count);
            payload.AddRange(column);
        }

        return Compress([.. payload]);
    }

    private static ulong Small(UInt256 value) => value.FitsInUInt64 ? value.Low64 : throw new InvalidOperationException("the prototype takes 64-bit fees and values");

    private static void Dictionary<T>(List<byte> indexes, List<byte> entries, List<T> known, T value, Func<T, byte[]> bytes)
        where T : IEquatable<T>
    {
        var index = known.IndexOf(value);
        if (index < 0)
        {
            index = known.Count;
            known.Add(value);
            entries.AddRange(bytes(value));
        }

        Varint(indexes, (ulong)index);
    }

    private static void Varint(List<byte> destination, ulong value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            destination.Add((byte)(value | 0x80));
        }

        destination.Add((byte)value);
    }

    private static int Compress(byte[] payload)
    {
        var destination = new byte[BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        return BrotliEncoder.TryCompress(payload, destination, out var written, quality: 11, window: Window)
            ? written
            : throw new InvalidOperationException("Brotli failed");
    }
}
