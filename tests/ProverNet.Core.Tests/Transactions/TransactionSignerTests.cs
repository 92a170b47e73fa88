using System.Numerics;
using Nethereum.Signer;
using ProverNet.Core.Transactions;
using Transaction1559 = Nethereum.Model.Transaction1559;

namespace ProverNet.Core.Tests.Transactions;

public sealed class TransactionSignerTests
{
    // Anvil's public dev key #1: never holds value anywhere.
    private const string PrivateKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static readonly Address To = Address.Parse("0x0000000000000000000000000000000000000B01");

    [Fact]
    public void Address_DevKey_IsTheKnownAccount()
    {
        Assert.Equal(Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), TransactionSigner.FromHex(PrivateKey).Address);
    }

    [Fact]
    public void SignDynamicFee_SameFieldsAsNethereum_SameRawBytes()
    {
        byte[] data = [0xde, 0xad, 0xbe, 0xef, 0, 0, 1];

        var ours = TransactionSigner.FromHex(PrivateKey).SignDynamicFee(7351, 9, 100_000_000, 2_000_000_000, 120_000, To, 5, data);
        var nethereum = new Transaction1559Signer().SignTransaction(
            PrivateKey, new Transaction1559(7351, 9, 100_000_000, 2_000_000_000, 120_000, To.ToString(), new BigInteger(5), Hex.Encode(data), []));

        Assert.Equal("0x" + nethereum, Hex.Encode(ours));
    }

    [Fact]
    public void SignDynamicFee_Decoded_RecoversTheSignerAndFields()
    {
        var signer = TransactionSigner.FromHex(PrivateKey);

        var raw = signer.SignDynamicFee(7351, 0, 1, 2, 21_000, To, UInt256.Zero, []);

        Assert.True(new TransactionDecoder(7351).TryDecode(raw, out var transaction, out var error), error.ToString());
        Assert.Equal((signer.Address, 21_000UL, (ulong?)7351), (transaction.Sender, transaction.GasLimit, transaction.ChainId));
        Assert.Equal(raw, transaction.Raw.ToArray());
    }

    [Theory]
    [InlineData("0x00")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    public void Constructor_InvalidKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => TransactionSigner.FromHex(key));
    }
}
