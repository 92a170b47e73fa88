using Nethereum.RLP;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Receipts;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.Receipts;

public sealed class ReceiptTests
{
    private static readonly Receipt Sample = new(
        BlockSamples.Filled(0xab), ReceiptStatus.Success, 63_000, 42_000, new Amount(1_000_000_007),
        [
            new LogEntry(SystemAddresses.Market, [], []),
            new LogEntry(SystemAddresses.Bridge, [.. Enumerable.Range(1, 4).Select(i => BlockSamples.Filled((byte)i))], [1, 2, 3]),
        ]);

    [Fact]
    public void Decode_Encoded_RoundTrips()
    {
        Assert.Equal(Sample, Receipt.Decode(Sample.Encode()));
    }

    [Fact]
    public void Decode_FailedWithoutLogsAndZeroPrice_RoundTrips()
    {
        var receipt = new Receipt(Hash256.Zero, ReceiptStatus.Failure, 0, 0, Amount.Zero, [], "unknown bid 7");

        Assert.Equal(receipt, Receipt.Decode(receipt.Encode()));
    }

    [Fact]
    public void Encode_Receipt_MatchesNethereumRlpOfTheFieldsInOrder()
    {
        var receipt = new Receipt(BlockSamples.Filled(0xab), ReceiptStatus.Success, 300, 200, new Amount(7), [Sample.Logs[1]]);
        var log = Sample.Logs[1];

        var expected = RLP.EncodeList(
            RLP.EncodeElement(receipt.TransactionHash.ToArray()),
            RLP.EncodeElement([1]),
            RLP.EncodeElement([0x01, 0x2c]),
            RLP.EncodeElement([200]),
            RLP.EncodeElement([7]),
            RLP.EncodeList(RLP.EncodeList(
                RLP.EncodeElement(log.Address.ToArray()),
                RLP.EncodeList([.. log.Topics.Select(topic => RLP.EncodeElement(topic.ToArray()))]),
                RLP.EncodeElement(log.Data))),
            RLP.EncodeElement([]));

        Assert.Equal(expected, receipt.Encode());
    }

    [Fact]
    public void Decode_StatusTwo_Throws()
    {
        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(status: [2])));
    }

    [Fact]
    public void Decode_FiveTopics_Throws()
    {
        var topics = Enumerable.Range(0, 5).Select(_ => RLP.EncodeElement(new byte[32])).ToArray();
        var logs = RLP.EncodeList(RLP.EncodeList(RLP.EncodeElement(new byte[20]), RLP.EncodeList(topics), RLP.EncodeElement([])));

        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(logs: logs)));
    }

    [Fact]
    public void Decode_AddressOfNineteenBytes_Throws()
    {
        var logs = RLP.EncodeList(RLP.EncodeList(RLP.EncodeElement(new byte[19]), RLP.EncodeList(), RLP.EncodeElement([])));

        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(logs: logs)));
    }

    [Fact]
    public void Decode_LogWithExtraField_Throws()
    {
        var logs = RLP.EncodeList(RLP.EncodeList(RLP.EncodeElement(new byte[20]), RLP.EncodeList(), RLP.EncodeElement([]), RLP.EncodeElement([])));

        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(logs: logs)));
    }

    [Fact]
    public void Decode_MissingLogs_Throws()
    {
        var encoding = RLP.EncodeList(
            RLP.EncodeElement(new byte[32]), RLP.EncodeElement([1]), RLP.EncodeElement([]), RLP.EncodeElement([]), RLP.EncodeElement([]));

        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(encoding));
    }

    [Fact]
    public void Constructor_UndefinedStatus_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Receipt(Hash256.Zero, (ReceiptStatus)2, 0, 0, Amount.Zero, []));
    }

    [Fact]
    public void ComputeRoot_NoReceipts_IsZero()
    {
        Assert.Equal(Hash256.Zero, Receipt.ComputeRoot([]));
    }

    [Fact]
    public void ComputeRoot_OneReceipt_IsKeccakOfItsEncoding()
    {
        Assert.Equal(Keccak256.Hash(Sample.Encode()), Receipt.ComputeRoot([Sample]));
    }

    [Fact]
    public void ComputeRoot_ThreeReceipts_IsOrderedRootOfTheirLeaves()
    {
        var receipts = BlockSamples.ReceiptsFor(BlockSamples.Body(3, userCount: 1));

        var expected = OrderedMerkleRoot.Compute([.. receipts.Select(receipt => Keccak256.Hash(receipt.Encode()))]);

        Assert.Equal(3, receipts.Count);
        Assert.Equal(expected, Receipt.ComputeRoot(receipts));
    }

    [Fact]
    public void Constructor_FailureWithoutReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Receipt(Hash256.Zero, ReceiptStatus.Failure, 0, 0, Amount.Zero, []));
    }

    [Fact]
    public void Constructor_SuccessWithReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Receipt(Hash256.Zero, ReceiptStatus.Success, 0, 0, Amount.Zero, [], "why"));
    }

    [Fact]
    public void Decode_FailureWithEmptyReason_Throws()
    {
        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(status: [])));
    }

    [Fact]
    public void Decode_ReasonNotUtf8_Throws()
    {
        Assert.Throws<RlpDecodingException>(() => Receipt.Decode(Encoding(status: [], reason: [0xff, 0xfe])));
    }

    private static byte[] Encoding(byte[]? status = null, byte[]? logs = null, byte[]? reason = null) => RLP.EncodeList(
        RLP.EncodeElement(new byte[32]),
        RLP.EncodeElement(status ?? [1]),
        RLP.EncodeElement([]),
        RLP.EncodeElement([]),
        RLP.EncodeElement([]),
        logs ?? RLP.EncodeList(),
        RLP.EncodeElement(reason ?? []));
}
