using System.Buffers;
using System.IO.Compression;
using ProverNet.Core;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// Reads a version-1 batch (<see cref="BatchEncoder"/>) back into its blocks, with every transaction exactly as it was
/// signed. Strict and bounded, the same on every node: anything but one canonical batch within <see cref="BatchLimits"/>
/// is a <see cref="BatchDecodingException"/> — never a crash, never a partial result. Whether the transactions are valid
/// is for execution to say.
/// </summary>
public static class BatchDecoder
{
    /// <summary>The run of blocks <paramref name="batch"/> holds.</summary>
    /// <exception cref="BatchDecodingException">Not a canonical version-1 batch within <paramref name="limits"/>.</exception>
    public static Batch Decode(ReadOnlySpan<byte> batch, BatchLimits limits)
    {
        if (batch.IsEmpty || batch[0] != BatchEncoder.Version)
        {
            throw new BatchDecodingException(batch.IsEmpty ? "the batch is empty" : $"batch version {batch[0]} is not known (this node reads {BatchEncoder.Version})");
        }

        var payload = Decompress(batch[1..], limits.MaxPayloadBytes);
        var columns = BatchColumns.Split(payload);
        var firstNumber = columns.ReadVarint(BatchColumn.Blocks, "first block number");
        var parentHash = new Hash256(columns.ReadBytes(BatchColumn.Blocks, Hash256.Length, "parent hash"));
        var shapes = ReadBlockShapes(columns, limits);
        if ((ulong)shapes.Count - 1 > ulong.MaxValue - firstNumber)
        {
            throw new BatchDecodingException("the batch's block numbers pass 2^64");
        }

        var recipients = new List<Address>();
        var selectors = new List<byte[]>();
        var blocks = new List<SequencedBlock>(shapes.Count);
        foreach (var (timestamp, origin, count) in shapes)
        {
            var transactions = new byte[count][];
            for (var i = 0; i < count; i++)
            {
                transactions[i] = columns.ReadByte(BatchColumn.Kinds, "transaction kind") switch
                {
                    (byte)BatchTransactionKind.Split => ReadSplit(columns, recipients, selectors, payload.Length).Encode(),
                    (byte)BatchTransactionKind.Raw => columns.ReadBytes(BatchColumn.Raw, Length(columns, BatchColumn.Raw, "raw transaction length", payload.Length), "raw transaction").ToArray(),
                    var kind => throw new BatchDecodingException($"transaction kind {kind} is not known"),
                };
            }

            blocks.Add(new SequencedBlock(timestamp, origin, transactions));
        }

        columns.EnsureAllRead();
        return new Batch(firstNumber, parentHash, blocks);
    }

    private static List<(ulong Timestamp, ulong Origin, int Transactions)> ReadBlockShapes(BatchColumns columns, BatchLimits limits)
    {
        var count = columns.ReadVarint(BatchColumn.Blocks, "block count");
        if (count == 0 || count > (ulong)limits.MaxBlocks)
        {
            throw new BatchDecodingException($"a batch holds 1 to {limits.MaxBlocks} blocks, this one {count}");
        }

        var times = new (ulong Timestamp, ulong Origin)[count];
        times[0] = (columns.ReadVarint(BatchColumn.Blocks, "first timestamp"), columns.ReadVarint(BatchColumn.Blocks, "first origin"));
        for (var i = 1; i < times.Length; i++)
        {
            times[i] = (
                Add(times[i - 1].Timestamp, columns.ReadVarint(BatchColumn.Blocks, "timestamp delta"), "timestamp"),
                Add(times[i - 1].Origin, columns.ReadVarint(BatchColumn.Blocks, "origin delta"), "origin"));
        }

        var shapes = new List<(ulong, ulong, int)>(times.Length);
        long total = 0;
        foreach (var (timestamp, origin) in times)
        {
            var transactions = columns.ReadVarint(BatchColumn.Blocks, "transaction count");
            total += (long)Math.Min(transactions, (ulong)limits.MaxTransactions + 1);
            if (total > limits.MaxTransactions)
            {
                throw new BatchDecodingException($"a batch holds at most {limits.MaxTransactions} transactions");
            }

            shapes.Add((timestamp, origin, (int)transactions));
        }

        return shapes;
    }

    private static ulong Add(ulong before, ulong delta, string what) =>
        delta <= ulong.MaxValue - before ? before + delta : throw new BatchDecodingException($"a block's {what} passes 2^64");

    // Calldata comes out of the payload's columns, so no transaction's is longer than the payload: a hostile length
    // cannot make the decoder allocate more than the payload it already holds.
    private static SplitTransaction ReadSplit(BatchColumns columns, List<Address> recipients, List<byte[]> selectors, int payloadLength)
    {
        var chainId = columns.ReadVarint(BatchColumn.Fields, "chain id");
        var nonce = columns.ReadVarint(BatchColumn.Fields, "nonce");
        var priorityFee = columns.ReadVarint(BatchColumn.Fields, "max priority fee");
        var maxFee = columns.ReadVarint(BatchColumn.Fields, "max fee");
        var gas = columns.ReadVarint(BatchColumn.Fields, "gas");
        var value = columns.ReadVarint(BatchColumn.Fields, "value");
        var dataLength = Length(columns, BatchColumn.Fields, "calldata length", payloadLength);
        var to = Indexed(columns, BatchColumn.RecipientIndexes, BatchColumn.Recipients, recipients, Address.Length, bytes => new Address(bytes));
        var data = new byte[dataLength];
        var written = 0;
        if (dataLength >= 4)
        {
            Indexed(columns, BatchColumn.SelectorIndexes, BatchColumn.Selectors, selectors, 4, bytes => bytes.ToArray()).CopyTo(data, 0);
            for (written = 4; dataLength - written >= 32; written += 32)
            {
                var length = columns.ReadByte(BatchColumn.WordLengths, "word length");
                var word = length switch
                {
                    32 => columns.ReadBytes(BatchColumn.FullWords, 32, "full word"),
                    < 32 => columns.ReadBytes(BatchColumn.ShortWords, length, "short word"),
                    _ => throw new BatchDecodingException($"a calldata word of {length} bytes"),
                };
                if (length is > 0 and < 32 && word[0] == 0)
                {
                    throw new BatchDecodingException("a short calldata word keeps a leading zero");
                }

                word.CopyTo(data.AsSpan(written + 32 - length));
            }
        }

        columns.ReadBytes(BatchColumn.Tails, dataLength - written, "calldata tail").CopyTo(data.AsSpan(written));
        var parity = columns.ReadByte(BatchColumn.Parities, "y parity");
        var signature = columns.ReadBytes(BatchColumn.Signatures, 64, "signature");
        return new SplitTransaction(chainId, nonce, priorityFee, maxFee, gas, to, value, data, parity, UInt256.FromBigEndian(signature[..32]), UInt256.FromBigEndian(signature[32..]));
    }

    private static T Indexed<T>(BatchColumns columns, BatchColumn indexes, BatchColumn entries, List<T> known, int size, Func<ReadOnlySpan<byte>, T> read)
    {
        var index = columns.ReadVarint(indexes, "index");
        if (index < (ulong)known.Count)
        {
            return known[(int)index];
        }

        if (index != (ulong)known.Count)
        {
            throw new BatchDecodingException($"{indexes}: index {index} skips past the next new entry {known.Count}");
        }

        var value = read(columns.ReadBytes(entries, size, "new entry"));
        known.Add(value);
        return value;
    }

    private static int Length(BatchColumns columns, BatchColumn column, string what, int max)
    {
        var length = columns.ReadVarint(column, what);
        return length <= (ulong)max ? (int)length : throw new BatchDecodingException($"{column}: {what} {length} is over {max}");
    }

    private static byte[] Decompress(ReadOnlySpan<byte> compressed, int maxPayloadBytes)
    {
        using var decoder = new BrotliDecoder();
        var output = new ArrayBufferWriter<byte>(Math.Min(maxPayloadBytes, Math.Max(1024, compressed.Length * 4)));
        while (true)
        {
            var room = Math.Min(64 * 1024, maxPayloadBytes - output.WrittenCount);
            var status = decoder.Decompress(compressed, output.GetSpan(Math.Max(room, 1))[..Math.Max(room, 1)], out var consumed, out var written);
            output.Advance(written);
            compressed = compressed[consumed..];
            switch (status)
            {
                case OperationStatus.Done when compressed.IsEmpty:
                    return output.WrittenSpan.ToArray();
                case OperationStatus.Done:
                    throw new BatchDecodingException($"{compressed.Length} bytes follow the compressed payload");
                case OperationStatus.DestinationTooSmall when output.WrittenCount < maxPayloadBytes:
                    continue;
                case OperationStatus.DestinationTooSmall:
                    throw new BatchDecodingException($"the payload decompresses to more than {maxPayloadBytes} bytes");
                case OperationStatus.NeedMoreData:
                    throw new BatchDecodingException("the compressed payload is cut off");
                default:
                    throw new BatchDecodingException("the payload is not valid Brotli");
            }
        }
    }
}
