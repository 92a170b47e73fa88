using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Blocks.Support;

/// <summary>Deterministic headers, bodies, blocks and receipts for the block tests.</summary>
public static class BlockSamples
{
    /// <summary>A header with every field distinct and non-trivial, for encoding and hash-pinning tests.</summary>
    public static BlockHeader FixedHeader { get; } = new(
        Number: 1_234_567,
        ParentHash: Filled(0x11),
        Timestamp: 1_767_225_600,
        L1Origin: new L1Origin(21_000_000, Filled(0x22), 1_767_225_588),
        StateRoot: Filled(0x33),
        TransactionsRoot: Filled(0x44),
        ReceiptsRoot: Filled(0x55),
        MessagesRoot: Filled(0x66),
        GasUsed: 21_000,
        GasLimit: 30_000_000,
        BaseFee: new Amount(1_000_000_007),
        ClearingSummaryHash: Filled(0x77));

    public static Hash256 Filled(byte value)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Length];
        bytes.Fill(value);
        return new Hash256(bytes);
    }

    /// <summary>A body with one opening system transaction, <paramref name="userCount"/> user ones and one closing.</summary>
    public static BlockBody Body(ulong number, int userCount) => new(
        [new SystemTransaction(1, BitConverter.GetBytes(number))],
        [.. Enumerable.Range(0, userCount).Select(i => (ReadOnlyMemory<byte>)new byte[] { 0x02, (byte)number, (byte)i, 0xc0 })],
        [new SystemTransaction(9, new byte[] { (byte)number, 0xee })]);

    /// <summary>The block at <paramref name="number"/> on top of <paramref name="parentHash"/>, with roots filled in.</summary>
    public static (Block Block, IReadOnlyList<Receipt> Receipts) Block(ulong number, Hash256 parentHash, int userCount = 2)
    {
        var body = Body(number, userCount);
        var receipts = ReceiptsFor(body);
        var header = FixedHeader with
        {
            Number = number,
            ParentHash = parentHash,
            Timestamp = 1_767_225_600 + number,
            TransactionsRoot = body.TransactionsRoot,
            ReceiptsRoot = Receipt.ComputeRoot(receipts),
        };
        return (new Block(header, body), receipts);
    }

    /// <summary>One receipt per transaction of <paramref name="body"/>, the first user one failed, each with a log.</summary>
    public static IReadOnlyList<Receipt> ReceiptsFor(BlockBody body)
    {
        var receipts = new List<Receipt>();
        ulong cumulative = 0;
        foreach (var hash in body.TransactionHashes)
        {
            var index = receipts.Count;
            var failed = index == body.OpeningSystemTransactions.Count;
            var gas = 21_000UL + (ulong)index;
            cumulative += gas;
            IReadOnlyList<LogEntry> logs = failed ? [] : [new LogEntry(SystemAddresses.Market, [hash, Filled((byte)index)], [(byte)index, 1, 2])];
            receipts.Add(new Receipt(hash, failed ? ReceiptStatus.Failure : ReceiptStatus.Success, cumulative, gas, new Amount(7), logs, failed ? "reverted" : ""));
        }

        return receipts;
    }
}
