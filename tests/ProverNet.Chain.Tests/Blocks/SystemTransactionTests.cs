using Nethereum.RLP;
using ProverNet.Chain.Blocks;
using ProverNet.Core;
using ProverNet.Core.Rlp;

namespace ProverNet.Chain.Tests.Blocks;

public sealed class SystemTransactionTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(0x7f, 55)]
    [InlineData(0xff, 1000)]
    public void Decode_Encoded_RoundTrips(int kind, int payloadLength)
    {
        var transaction = new SystemTransaction((byte)kind, Enumerable.Range(0, payloadLength).Select(i => (byte)i).ToArray());

        Assert.Equal(transaction, SystemTransaction.Decode(transaction.Encode()));
    }

    [Fact]
    public void Encode_Transaction_IsRlpListOfKindAndPayload()
    {
        var transaction = new SystemTransaction(3, new byte[] { 0xaa, 0xbb });

        Assert.Equal(RLP.EncodeList(RLP.EncodeElement([3]), RLP.EncodeElement([0xaa, 0xbb])), transaction.Encode());
    }

    [Fact]
    public void ComputeHash_Transaction_IsKeccakOfTypeBytePrefixedEncoding()
    {
        var transaction = new SystemTransaction(3, new byte[] { 0xaa, 0xbb });

        Assert.Equal(Keccak256.Hash([0x7e, .. transaction.Encode()]), transaction.ComputeHash());
        Assert.NotEqual(Keccak256.Hash(transaction.Encode()), transaction.ComputeHash());
    }

    [Fact]
    public void Equals_SameBytesInDifferentArrays_AreEqual()
    {
        Assert.Equal(new SystemTransaction(1, new byte[] { 1, 2 }), new SystemTransaction(1, new byte[] { 1, 2 }));
        Assert.NotEqual(new SystemTransaction(1, new byte[] { 1, 2 }), new SystemTransaction(2, new byte[] { 1, 2 }));
        Assert.NotEqual(new SystemTransaction(1, new byte[] { 1, 2 }), new SystemTransaction(1, new byte[] { 1, 3 }));
    }

    [Fact]
    public void Decode_ThreeFields_Throws()
    {
        var encoding = RLP.EncodeList(RLP.EncodeElement([3]), RLP.EncodeElement([0xaa]), RLP.EncodeElement([1]));

        Assert.Throws<RlpDecodingException>(() => SystemTransaction.Decode(encoding));
    }

    [Fact]
    public void Decode_OneField_Throws()
    {
        Assert.Throws<RlpDecodingException>(() => SystemTransaction.Decode(RLP.EncodeList(RLP.EncodeElement([3]))));
    }

    [Fact]
    public void Decode_KindOfTwoBytes_Throws()
    {
        var encoding = RLP.EncodeList(RLP.EncodeElement([1, 0]), RLP.EncodeElement([0xaa]));

        Assert.Throws<RlpDecodingException>(() => SystemTransaction.Decode(encoding));
    }

    [Fact]
    public void Decode_PayloadAsList_Throws()
    {
        var encoding = RLP.EncodeList(RLP.EncodeElement([1]), RLP.EncodeList());

        Assert.Throws<RlpDecodingException>(() => SystemTransaction.Decode(encoding));
    }
}
