using System.Globalization;
using System.IO.Compression;
using ProverNet.Core;
using ProverNet.Derivation.Batches;

namespace ProverNet.Benchmarks.Batches;

/// <summary>
/// <c>batch-bytes</c>: L1 bytes per L2 transaction of bid and offer traffic, on the same signed transactions: the
/// baseline (the raw transactions one after the other, Brotli quality 11, window 2^24), the version-1 batch
/// (<see cref="BatchEncoder"/>, the same compressor over its columns), and the floor of what cannot be compressed (the
/// 64-byte signature, and a bid's 32-byte public-inputs hash). Bytes are deterministic: one run is the figure.
/// </summary>
public static class BatchBytesReport
{
    private const int SignatureBytes = 64;
    private const int PublicInputsHashBytes = 32;

    /// <summary>Prints the table; returns the exit code.</summary>
    public static int Run()
    {
        var bids = BatchTraffic.Bids(1_000, 150);
        var offers = BatchTraffic.Offers(1_000, 150);
        List<byte[]> mixed = [.. bids.Zip(offers).SelectMany(pair => new[] { pair.First, pair.Second })];
        Console.WriteLine("2,000 transactions from 300 accounts (1,000 bids from 150 requesters, 1,000 offers from 150 provers), one batch each row");
        Console.WriteLine();
        Console.WriteLine("| traffic | raw bytes a transaction | baseline (raw, Brotli) | batch v1 | ÷ baseline | floor |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Row("bids", bids, SignatureBytes + PublicInputsHashBytes);
        Row("offers", offers, SignatureBytes);
        Row("mixed, bid then offer", mixed, SignatureBytes + (PublicInputsHashBytes / 2));
        return 0;
    }

    private static void Row(string what, List<byte[]> transactions, int floor)
    {
        var count = (double)transactions.Count;
        var raw = transactions.Sum(transaction => transaction.Length) / count;
        var baseline = Baseline(transactions) / count;
        var batch = BatchEncoder.Encode(new Batch(1, Hash256.Zero, [new SequencedBlock(1_700_000_000, 1, transactions)])).Length / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {raw:F1} | {baseline:F1} | {batch:F1} | {batch / baseline:F3} | ≥ {floor} |"));
    }

    private static int Baseline(List<byte[]> transactions)
    {
        byte[] raw = [.. transactions.SelectMany(transaction => transaction)];
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        return BrotliEncoder.TryCompress(raw, compressed, out var written, quality: 11, window: 24) ? written : throw new InvalidOperationException("Brotli failed");
    }
}
