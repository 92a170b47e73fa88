using System.Buffers.Binary;
using System.IO.Compression;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Derivation.Batches;

/// <summary>
/// Writes blocks into a version-1 batch: <c>0x01 ‖ brotli(columns)</c>, the columns of <see cref="BatchColumn"/> in
/// order, each prefixed by its length. Fields that repeat across the batch's transactions (chain id, fees, gas, the
/// system address, selectors, class ids, ABI padding) sit with their own kind, and the bytes no compressor can shrink
/// (signatures, hashes) sit apart, at the end, so that they do not dilute the rest — the idea of OP's span batches.
/// </summary>
public static class BatchEncoder
{
    /// <summary>The version byte of the format written here.</summary>
    public const byte Version = 1;

    /// <summary>The Brotli window: 2^24 bytes, a whole batch.</summary>
    internal const int Window = 24;

    /// <summary>Encodes <paramref name="batch"/>.</summary>
    /// <exception cref="ArgumentException">No blocks, or a block's time or origin before its predecessor's.</exception>
    public static byte[] Encode(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var blocks = batch.Blocks;
        ArgumentOutOfRangeException.ThrowIfZero(blocks.Count);
        var columns = Enum.GetValues<BatchColumn>().Select(_ => new List<byte>()).ToArray();
        Varint.Write(columns[(int)BatchColumn.Blocks], batch.FirstNumber);
        columns[(int)BatchColumn.Blocks].AddRange(batch.ParentHash.ToArray());
        WriteBlocks(columns[(int)BatchColumn.Blocks], blocks);
        var decoder = new TransactionDecoder();
        var recipients = new List<Address>();
        var selectors = new List<uint>();
        foreach (var raw in blocks.SelectMany(block => block.Transactions))
        {
            if (SplitTransaction.TrySplit(raw, decoder, out var split))
            {
                columns[(int)BatchColumn.Kinds].Add((byte)BatchTransactionKind.Split);
                WriteSplit(columns, split, recipients, selectors);
            }
            else
            {
                columns[(int)BatchColumn.Kinds].Add((byte)BatchTransactionKind.Raw);
                Varint.Write(columns[(int)BatchColumn.Raw], (ulong)raw.Length);
                columns[(int)BatchColumn.Raw].AddRange(raw);
            }
        }

        var payload = new List<byte>();
        foreach (var column in columns)
        {
            Varint.Write(payload, (ulong)column.Count);
            payload.AddRange(column);
        }

        return Compress([.. payload]);
    }

    private static void WriteBlocks(List<byte> column, IReadOnlyList<SequencedBlock> blocks)
    {
        Varint.Write(column, (ulong)blocks.Count);
        Varint.Write(column, blocks[0].Timestamp);
        Varint.Write(column, blocks[0].L1OriginNumber);
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Timestamp < blocks[i - 1].Timestamp || blocks[i].L1OriginNumber < blocks[i - 1].L1OriginNumber)
            {
                throw new ArgumentException($"block {i} of the batch goes back in time or origin", nameof(blocks));
            }

            Varint.Write(column, blocks[i].Timestamp - blocks[i - 1].Timestamp);
            Varint.Write(column, blocks[i].L1OriginNumber - blocks[i - 1].L1OriginNumber);
        }

        foreach (var block in blocks)
        {
            Varint.Write(column, (ulong)block.Transactions.Count);
        }
    }

    private static void WriteSplit(List<byte>[] columns, SplitTransaction tx, List<Address> recipients, List<uint> selectors)
    {
        var fields = columns[(int)BatchColumn.Fields];
        foreach (var value in new[] { tx.ChainId, tx.Nonce, tx.MaxPriorityFeePerGas, tx.MaxFeePerGas, tx.GasLimit, tx.Value, (ulong)tx.Data.Length })
        {
            Varint.Write(fields, value);
        }

        Index(columns[(int)BatchColumn.RecipientIndexes], columns[(int)BatchColumn.Recipients], recipients, tx.To, tx.To.ToArray());
        var data = tx.Data.AsSpan();
        if (data.Length >= 4)
        {
            var selector = BinaryPrimitives.ReadUInt32BigEndian(data);
            Index(columns[(int)BatchColumn.SelectorIndexes], columns[(int)BatchColumn.Selectors], selectors, selector, data[..4].ToArray());
            for (data = data[4..]; data.Length >= 32; data = data[32..])
            {
                var significant = data[..32].TrimStart((byte)0);
                columns[(int)BatchColumn.WordLengths].Add((byte)significant.Length);
                columns[(int)(significant.Length == 32 ? BatchColumn.FullWords : BatchColumn.ShortWords)].AddRange(significant.ToArray());
            }
        }

        columns[(int)BatchColumn.Tails].AddRange(data.ToArray());
        columns[(int)BatchColumn.Parities].Add(tx.YParity);
        var signature = new byte[64];
        tx.R.WriteBigEndian(signature.AsSpan(0, 32));
        tx.S.WriteBigEndian(signature.AsSpan(32));
        columns[(int)BatchColumn.Signatures].AddRange(signature);
    }

    // A value seen before is its index; a new one takes the next index and its bytes go to the entries column.
    private static void Index<T>(List<byte> indexes, List<byte> entries, List<T> known, T value, byte[] bytes)
    {
        var index = known.IndexOf(value);
        if (index < 0)
        {
            index = known.Count;
            known.Add(value);
            entries.AddRange(bytes);
        }

        Varint.Write(indexes, (ulong)index);
    }

    private static byte[] Compress(byte[] payload)
    {
        var compressed = new byte[1 + BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        compressed[0] = Version;
        if (!BrotliEncoder.TryCompress(payload, compressed.AsSpan(1), out var written, quality: 11, window: Window))
        {
            throw new InvalidOperationException("Brotli could not compress the batch");
        }

        return compressed[..(1 + written)];
    }
}
