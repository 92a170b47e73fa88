using System.IO.Compression;
using ProverNet.Chain;
using ProverNet.Chain.Market;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Derivation.Batches;

namespace ProverNet.Derivation.Tests.Batches;

public sealed class BatchCodecTests
{
    private const ulong ChainId = 7351;
    private static readonly TransactionSigner Requester = new(Keccak256.Hash("batch test requester"u8).ToArray());
    private static readonly TransactionSigner Prover = new(Keccak256.Hash("batch test prover"u8).ToArray());
    private static readonly Address Someone = Address.Parse("0x00000000000000000000000000000000000d0007");

    [Fact]
    public void Decode_EncodedBlocks_GivesEveryTransactionBackAsSigned()
    {
        SequencedBlock[] blocks =
        [
            new(1_700_000_000, 100, [Bid(0), Offer(0), Bid(1)]),
            new(1_700_000_001, 100, []),
            new(1_700_000_003, 101, [Offer(1), Transfer(0, []), Transfer(1, [0xab, 0xcd]), Transfer(2, [1, 2, 3, 4, 0, 0, 0, 9]), HugeValue(3)]),
        ];

        var batch = BatchDecoder.Decode(BatchEncoder.Encode(Run(blocks)), BatchLimits.Default);
        var decoded = batch.Blocks;

        Assert.Equal((1UL, Keccak256.Hash("parent"u8)), (batch.FirstNumber, batch.ParentHash));
        Assert.Equal(blocks.Length, decoded.Count);
        for (var i = 0; i < blocks.Length; i++)
        {
            Assert.Equal(blocks[i].Timestamp, decoded[i].Timestamp);
            Assert.Equal(blocks[i].L1OriginNumber, decoded[i].L1OriginNumber);
            Assert.Equal(blocks[i].Transactions, decoded[i].Transactions);
        }
    }

    [Fact]
    public void Encode_ManyBidsAndOffers_IsSmallerThanTheirRawBytesUnderTheSameCompression()
    {
        byte[][] transactions = [.. Enumerable.Range(0, 200).SelectMany(k => new[] { Bid(k), Offer(k) })];
        var raw = transactions.SelectMany(transaction => transaction).ToArray();
        var baseline = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        Assert.True(BrotliEncoder.TryCompress(raw, baseline, out var baselineLength, 11, 24));

        var batch = BatchEncoder.Encode(Run([new SequencedBlock(1, 1, transactions)]));

        // Only the split columns can beat the same compressor over the same bytes: carried raw, they could not.
        Assert.True(batch.Length < baselineLength, $"{batch.Length} bytes, raw under Brotli {baselineLength}");
    }

    [Fact]
    public void Encode_BlockBeforeItsPredecessor_Throws() =>
        Assert.Throws<ArgumentException>(() => BatchEncoder.Encode(Run([new SequencedBlock(10, 5, []), new SequencedBlock(9, 5, [])])));

    [Theory]
    [InlineData("")]
    [InlineData("02")]
    [InlineData("01")]
    [InlineData("01deadbeef")]
    public void Decode_NotABatch_Throws(string hex) =>
        Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode(Convert.FromHexString(hex), BatchLimits.Default));

    [Fact]
    public void Decode_CutOffOrFollowedByBytes_Throws()
    {
        var batch = BatchEncoder.Encode(Run([new SequencedBlock(5, 5, [Bid(0), Offer(0)])]));

        Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode(batch.AsSpan(0, batch.Length - 3), BatchLimits.Default));
        Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode([.. batch, 0x00], BatchLimits.Default));
    }

    [Theory]
    [InlineData("a column byte no transaction uses")]
    [InlineData("an overlong varint")]
    [InlineData("an unknown transaction kind")]
    [InlineData("a column longer than the payload")]
    [InlineData("no blocks")]
    public void Decode_PayloadOfAnotherShape_Throws(string how)
    {
        // One block at time 7, origin 3, with one raw transaction of two bytes; then the change under test.
        var columns = EmptyColumns();
        columns[0] = [5, .. new byte[32], 1, 7, 3, 1];
        columns[1] = [1];
        columns[13] = [2, 0xc0, 0x80];
        byte[] payload;
        switch (how)
        {
            case "a column byte no transaction uses":
                columns[11] = [0];
                payload = Payload(columns);
                break;
            case "an overlong varint":
                columns[0] = [1, 0x87, 0x00, 3, 1];
                payload = Payload(columns);
                break;
            case "an unknown transaction kind":
                columns[1] = [9];
                payload = Payload(columns);
                break;
            case "a column longer than the payload":
                payload = [.. Payload(columns)[..^1]];
                break;
            default:
                columns[0] = [0];
                columns[1] = [];
                columns[13] = [];
                payload = Payload(columns);
                break;
        }

        Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode(Compress(payload), BatchLimits.Default));
        Assert.Single(BatchDecoder.Decode(Compress(Payload(ValidColumns())), BatchLimits.Default).Blocks);
    }

    [Fact]
    public void Decode_PayloadOverTheLimit_ThrowsWithoutInflatingIt()
    {
        var bomb = Compress(new byte[4 * 1024 * 1024]);

        var error = Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode(bomb, BatchLimits.Default with { MaxPayloadBytes = 64 * 1024 }));

        Assert.Contains("more than 65536 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MoreBlocksThanTheLimit_Throws()
    {
        var batch = BatchEncoder.Encode(Run([new SequencedBlock(1, 1, []), new SequencedBlock(2, 1, []), new SequencedBlock(3, 1, [])]));

        Assert.Throws<BatchDecodingException>(() => BatchDecoder.Decode(batch, BatchLimits.Default with { MaxBlocks = 2 }));
    }

    [Fact]
    public void Decode_AnyByteOfABatchAltered_DecodesOrThrowsBatchDecodingExceptionNeverAnythingElse()
    {
        var batch = BatchEncoder.Encode(Run([new SequencedBlock(100, 7, [Bid(0), Offer(0), Transfer(0, [1, 2]), HugeValue(1)]), new SequencedBlock(101, 8, [Bid(1)])]));
        var random = new Random(1307);
        for (var round = 0; round < 400; round++)
        {
            var altered = batch.ToArray();
            for (var flips = 1 + random.Next(3); flips > 0; flips--)
            {
                altered[random.Next(altered.Length)] ^= (byte)(1 + random.Next(255));
            }

            try
            {
                BatchDecoder.Decode(altered, BatchLimits.Default);
            }
            catch (BatchDecodingException)
            {
                // Dropped whole, as derivation drops it.
            }
        }
    }

    [Fact]
    public void Decode_PayloadsOfRandomColumns_DecodeOrThrowBatchDecodingExceptionNeverAnythingElse()
    {
        var random = new Random(2207);
        for (var round = 0; round < 400; round++)
        {
            var columns = EmptyColumns();
            columns[0] = [(byte)(1 + random.Next(3)), .. RandomBytes(random, 12)];
            for (var column = 1; column < columns.Length; column++)
            {
                columns[column] = RandomBytes(random, random.Next(4) == 0 ? 0 : 40);
            }

            try
            {
                BatchDecoder.Decode(Compress(Payload(columns)), BatchLimits.Default);
            }
            catch (BatchDecodingException)
            {
                // Dropped whole.
            }
        }
    }

    private static byte[] RandomBytes(Random random, int most)
    {
        var bytes = new byte[random.Next(most + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[][] EmptyColumns() => [.. Enumerable.Range(0, 14).Select(_ => Array.Empty<byte>())];

    private static byte[][] ValidColumns()
    {
        var columns = EmptyColumns();
        columns[0] = [5, .. new byte[32], 1, 7, 3, 1];
        columns[1] = [1];
        columns[13] = [2, 0xc0, 0x80];
        return columns;
    }

    private static Batch Run(SequencedBlock[] blocks) => new(1, Keccak256.Hash("parent"u8), blocks);

    private static byte[] Payload(byte[][] columns) => [.. columns.SelectMany(column => (byte[])[(byte)column.Length, .. column])];

    private static byte[] Compress(byte[] payload)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        Assert.True(BrotliEncoder.TryCompress(payload, compressed, out var written, 5, 22));
        return [BatchEncoder.Version, .. compressed[..written]];
    }

    private static byte[] Bid(int k) => Requester.SignDynamicFee(ChainId, (ulong)k, 1_000_000_000, 2_000_000_000, 500_000, SystemAddresses.Market, UInt256.Zero,
        MarketCalldataEncoder.Encode(new SubmitBidCall(false, 1 + (uint)(k % 3), 1 + (uint)k, 10_000_000_000_000_000, 0, 0, Keccak256.Hash("vk"u8), Keccak256.Hash(BitConverter.GetBytes(k)), "ipfs://inputs")));

    private static byte[] Offer(int k) => Prover.SignDynamicFee(ChainId, (ulong)k, 1_000_000_000, 2_000_000_000, 500_000, SystemAddresses.Market, UInt256.Zero,
        MarketCalldataEncoder.Encode(new SubmitOfferCall(1, 9_000_000_000_000_000, 0)));

    private static byte[] Transfer(int nonce, byte[] data) => Prover.SignDynamicFee(ChainId, 10 + (ulong)nonce, 0, 2_000_000_000, 100_000, Someone, 12_345, data);

    // A value over 64 bits: not split, carried as signed.
    private static byte[] HugeValue(int nonce) => Prover.SignDynamicFee(ChainId, 10 + (ulong)nonce, 0, 2_000_000_000, 100_000, Someone, new UInt256(0, 0, 1, 0), []);
}
