using System.Numerics;
using Nethereum.Model;
using Nethereum.Signer;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using TransactionType = ProverNet.Core.Transactions.TransactionType;

namespace ProverNet.Node.Tests.Transactions;

/// <summary>Transactions signed by Nethereum (what a .NET wallet sends) decode to the same fields and sender.</summary>
public class NethereumSignedTransactionTests
{
    private const string PrivateKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private const string Recipient = "0x0000000000000000000000000000000000000b01";

    private static readonly Address SignerAddress = Address.Parse(new EthECKey(PrivateKey).GetPublicAddress().ToLowerInvariant());

    [Theory]
    [InlineData(1UL)]
    [InlineData(31_337UL)]
    [InlineData(1_000_000_007UL)]
    public void TryDecode_NethereumDynamicFeeTransaction_RecoversSignerAndFields(ulong chainId)
    {
        var transaction = new Transaction1559(
            chainId, nonce: 42, maxPriorityFeePerGas: 2_000_000_000, maxFeePerGas: 50_000_000_000, gasLimit: 100_000,
            Recipient, amount: BigInteger.Parse("1000000000000000000", System.Globalization.CultureInfo.InvariantCulture), data: "0xdeadbeef00", accessList: []);
        var raw = Hex.Decode("0x" + new Transaction1559Signer().SignTransaction(PrivateKey, transaction));

        Assert.True(new TransactionDecoder(chainId).TryDecode(raw, out var decoded, out var error), error.ToString());

        Assert.Equal(TransactionType.DynamicFee, decoded.Type);
        Assert.Equal(chainId, decoded.ChainId);
        Assert.Equal(42UL, decoded.Nonce);
        Assert.Equal((UInt256)2_000_000_000UL, decoded.MaxPriorityFeePerGas);
        Assert.Equal((UInt256)50_000_000_000UL, decoded.MaxFeePerGas);
        Assert.Equal(100_000UL, decoded.GasLimit);
        Assert.Equal(Address.Parse(Recipient), decoded.To);
        Assert.Equal((UInt256)1_000_000_000_000_000_000UL, decoded.Value);
        Assert.Equal([0xde, 0xad, 0xbe, 0xef, 0x00], decoded.Data.ToArray());
        Assert.Equal(SignerAddress, decoded.Sender);
        Assert.Equal(Keccak256.Hash(raw), decoded.Hash);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(31_337UL)]
    [InlineData(1_000_000_007UL)]
    public void TryDecode_NethereumLegacyEip155Transaction_RecoversSignerWithMultiByteV(ulong chainId)
    {
        var hex = new LegacyTransactionSigner().SignTransaction(
            PrivateKey, new BigInteger(chainId), Recipient, amount: 5, nonce: 3, gasPrice: 1_000_000_000, gasLimit: 21_000, data: string.Empty);
        var raw = Hex.Decode("0x" + hex);

        Assert.True(new TransactionDecoder(chainId).TryDecode(raw, out var decoded, out var error), error.ToString());

        Assert.Equal(TransactionType.Legacy, decoded.Type);
        Assert.Equal(chainId, decoded.ChainId);
        Assert.Equal(SignerAddress, decoded.Sender);
        Assert.Equal((UInt256)5UL, decoded.Value);
    }

    [Fact]
    public void TryDecode_NethereumTransactionForAnotherChain_InvalidChainId()
    {
        var transaction = new Transaction1559(5, 0, 1, 1, 21_000, Recipient, 0, string.Empty, []);
        var raw = Hex.Decode("0x" + new Transaction1559Signer().SignTransaction(PrivateKey, transaction));

        Assert.False(new TransactionDecoder(1).TryDecode(raw, out _, out var error));
        Assert.Equal(TransactionError.InvalidChainId, error.Code);
    }
}
