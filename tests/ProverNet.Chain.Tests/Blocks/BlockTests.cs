using Nethereum.RLP;
using ProverNet.Chain.Blocks;
using ProverNet.Chain.Tests.Blocks.Support;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class BlockTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void Decode_Encoded_RoundTrips(int userCount)
    {
        var (block, _) = BlockSamples.Block(7, BlockSamples.Filled(0x01), userCount);

        var decoded = Block.Decode(block.Encode());

        Assert.Equal(block, decoded);
        Assert.Equal(block.Hash, decoded.Hash);
        Assert.Equal(block.Body.TransactionHashes, decoded.Body.TransactionHashes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void EncodedLength_AnyBody_IsTheLengthOfTheEncoding(int userCount)
    {
        var (block, _) = BlockSamples.Block(7, BlockSamples.Filled(0x01), userCount);

        Assert.Equal(block.Encode().Length, block.EncodedLength);
    }

    [Fact]
    public void Decode_EmptyBody_RoundTrips()
    {
        var block = new Block(BlockSamples.FixedHeader, BlockBody.Empty);

        Assert.Equal(block, Block.Decode(block.Encode()));
    }

    [Fact]
    public void Hash_Block_IsTheHeaderHash()
    {
        var (block, _) = BlockSamples.Block(7, BlockSamples.Filled(0x01));

        Assert.Equal(block.Header.ComputeHash(), block.Hash);
        Assert.Equal(Keccak256.Hash(block.Header.Encode()), block.Hash);
    }

    [Fact]
    public void Encode_Block_IsHeaderThenTheThreeTransactionLists()
    {
        var opening = new SystemTransaction(1, new byte[] { 1 });
        byte[] user = [0x02, 0xc0];
        var block = new Block(BlockSamples.FixedHeader, new BlockBody([opening], [user], []));

        var expected = RLP.EncodeList(
            BlockSamples.FixedHeader.Encode(), RLP.EncodeList(opening.Encode()), RLP.EncodeList(RLP.EncodeElement(user)), RLP.EncodeList());

        Assert.Equal(expected, block.Encode());
    }

    [Fact]
    public void Decode_MissingClosingList_Throws()
    {
        var encoding = RLP.EncodeList(BlockSamples.FixedHeader.Encode(), RLP.EncodeList(), RLP.EncodeList());

        Assert.Throws<RlpDecodingException>(() => Block.Decode(encoding));
    }

    [Fact]
    public void Decode_ExtraTopLevelField_Throws()
    {
        var encoding = RLP.EncodeList(BlockSamples.FixedHeader.Encode(), RLP.EncodeList(), RLP.EncodeList(), RLP.EncodeList(), RLP.EncodeList());

        Assert.Throws<RlpDecodingException>(() => Block.Decode(encoding));
    }

    [Fact]
    public void Decode_UserTransactionAsList_Throws()
    {
        // Raw user transactions are byte strings, even legacy ones whose raw bytes are themselves an RLP list.
        var encoding = RLP.EncodeList(
            BlockSamples.FixedHeader.Encode(), RLP.EncodeList(), RLP.EncodeList(RLP.EncodeList()), RLP.EncodeList());

        Assert.Throws<RlpDecodingException>(() => Block.Decode(encoding));
    }

    [Fact]
    public void Decode_MalformedSystemTransaction_Throws()
    {
        var encoding = RLP.EncodeList(
            BlockSamples.FixedHeader.Encode(), RLP.EncodeList(RLP.EncodeElement([1])), RLP.EncodeList(), RLP.EncodeList());

        Assert.Throws<RlpDecodingException>(() => Block.Decode(encoding));
    }

    [Fact]
    public void Decode_TrailingBytes_Throws()
    {
        var (block, _) = BlockSamples.Block(7, BlockSamples.Filled(0x01));

        Assert.Throws<RlpDecodingException>(() => Block.Decode([.. block.Encode(), 0x00]));
    }
}
