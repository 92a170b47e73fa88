using System.Numerics;
using Nethereum.RLP;
using Nethereum.Util;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class BlockHeaderTests
{
    // Computed once from BlockSamples.FixedHeader and pinned: a change here changes every block hash on the chain.
    private const string FixedHeaderHash = "0x5965eda5963c004bf6aefe6825cb7182241a50facc8e75ec82325afede69ab89";

    [Fact]
    public void Encode_FixedHeader_MatchesNethereumRlpOfTheFieldsInOrder()
    {
        var header = BlockSamples.FixedHeader;

        Assert.Equal(Hex.Encode(NethereumEncoding(header)), Hex.Encode(header.Encode()));
    }

    [Fact]
    public void ComputeHash_FixedHeader_IsPinned()
    {
        Assert.Equal(Hash256.Parse(FixedHeaderHash), BlockSamples.FixedHeader.ComputeHash());
        Assert.Equal(FixedHeaderHash, Hex.Encode(Sha3Keccack.Current.CalculateHash(NethereumEncoding(BlockSamples.FixedHeader))));
    }

    [Fact]
    public void ComputeHash_AnyFieldChanged_ChangesHash()
    {
        var header = BlockSamples.FixedHeader;

        Assert.NotEqual(header.ComputeHash(), (header with { ClearingSummaryHash = Hash256.Zero }).ComputeHash());
        Assert.NotEqual(header.ComputeHash(), (header with { L1Origin = header.L1Origin with { Number = 1 } }).ComputeHash());
        Assert.NotEqual(header.ComputeHash(), (header with { L1Origin = header.L1Origin with { Timestamp = 1 } }).ComputeHash());
    }

    [Fact]
    public void Decode_Encoded_RoundTrips()
    {
        var header = BlockSamples.FixedHeader;

        Assert.Equal(header, BlockHeader.Decode(header.Encode()));
    }

    [Fact]
    public void Decode_AllZeroAndAllMaximal_RoundTrip()
    {
        var zero = default(BlockHeader);
        var maximal = new BlockHeader(
            ulong.MaxValue, BlockSamples.Filled(0xff), ulong.MaxValue, new L1Origin(ulong.MaxValue, BlockSamples.Filled(0xff), ulong.MaxValue),
            BlockSamples.Filled(0xff), BlockSamples.Filled(0xff), BlockSamples.Filled(0xff), BlockSamples.Filled(0xff),
            ulong.MaxValue, ulong.MaxValue, Amount.MaxValue, BlockSamples.Filled(0xff));

        Assert.Equal(zero, BlockHeader.Decode(zero.Encode()));
        Assert.Equal(maximal, BlockHeader.Decode(maximal.Encode()));
    }

    [Fact]
    public void Decode_TwelveFields_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields.RemoveAt(fields.Count - 1);

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_FourteenFields_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields.Add(RLP.EncodeElement([1]));

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(0)]
    public void Decode_ParentHashOfWrongLength_Throws(int length)
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields[1] = RLP.EncodeElement(new byte[length]);

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_NumberWithLeadingZero_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields[0] = RLP.EncodeElement([0x00, 0x12, 0xd6, 0x87]);

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_NumberOfNineBytes_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields[0] = RLP.EncodeElement([1, 0, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_BaseFeeOfSeventeenBytes_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields[11] = RLP.EncodeElement([1, .. new byte[16]]);

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_HashFieldAsList_Throws()
    {
        var fields = Fields(BlockSamples.FixedHeader);
        fields[5] = RLP.EncodeList(RLP.EncodeElement(new byte[32]));

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeList([.. fields])));
    }

    [Fact]
    public void Decode_TrailingBytes_Throws()
    {
        byte[] encoding = [.. BlockSamples.FixedHeader.Encode(), 0x80];

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(encoding));
    }

    [Fact]
    public void Decode_TruncatedOrNotAList_Throws()
    {
        var encoding = BlockSamples.FixedHeader.Encode();

        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(encoding.AsSpan(0, encoding.Length - 1)));
        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode(RLP.EncodeElement(encoding)));
        Assert.Throws<RlpDecodingException>(() => BlockHeader.Decode([]));
    }

    /// <summary>The header's fields encoded independently of the node's RLP writer, with Nethereum.</summary>
    private static List<byte[]> Fields(BlockHeader header) =>
    [
        Integer(header.Number),
        RLP.EncodeElement(header.ParentHash.ToArray()),
        Integer(header.Timestamp),
        Integer(header.L1Origin.Number),
        RLP.EncodeElement(header.L1Origin.Hash.ToArray()),
        Integer(header.L1Origin.Timestamp),
        RLP.EncodeElement(header.StateRoot.ToArray()),
        RLP.EncodeElement(header.TransactionsRoot.ToArray()),
        RLP.EncodeElement(header.ReceiptsRoot.ToArray()),
        RLP.EncodeElement(header.MessagesRoot.ToArray()),
        Integer(header.GasUsed),
        Integer(header.GasLimit),
        Integer(header.BaseFee.Wei),
        RLP.EncodeElement(header.ClearingSummaryHash.ToArray()),
    ];

    private static byte[] NethereumEncoding(BlockHeader header) => RLP.EncodeList([.. Fields(header)]);

    private static byte[] Integer(BigInteger value) =>
        RLP.EncodeElement(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
}
