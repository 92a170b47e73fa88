using System.Globalization;

namespace ProverNet.Benchmarks.Batches;

/// <summary>
/// <c>batch-bytes</c>: L1 bytes per L2 transaction of bid and offer traffic, on the same signed transactions: the
/// baseline (the raw transactions one after the other, Brotli q11), the columnar prototype, and the floor of what cannot
/// be compressed (the 64-byte signature, and a bid's 32-byte public-inputs hash). Bytes are deterministic: one run.
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
        Console.WriteLine($"2,000 transactions from 300 accounts (1,000 bids from 150 requesters, 1,000 offers from 150 provers); Brotli quality 11, window 2^{ColumnarBatchPrototype.Window}");
        Console.WriteLine();
        Console.WriteLine("| traffic | raw bytes a transaction | baseline (raw, Brotli) | columnar prototype | prototype ÷ baseline | floor |");
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
        var baseline = ColumnarBatchPrototype.BaselineBytes(transactions) / count;
        var columnar = ColumnarBatchPrototype.ColumnarBytes(transactions) / count;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {what} | {raw:F1} | {baseline:F1} | {columnar:F1} | {columnar / baseline:F3} | ≥ {floor} |"));
    }
}
