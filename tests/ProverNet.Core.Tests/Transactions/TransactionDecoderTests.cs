using ProverNet.Core.Rlp;
using ProverNet.Core.Tests.Transactions.Support;
using ProverNet.Core.Transactions;

namespace ProverNet.Core.Tests.Transactions;

public class TransactionDecoderTests
{
    private static readonly TransactionDecoder AnyChain = new();
    private static readonly TransactionDecoder MainnetOnly = new(1);

    [Fact]
    public void TryDecode_SignedDynamicFeeTransaction_ReturnsFieldsSenderAndHash()
    {
        var raw = new TransactionBuilder { Nonce = 7UL, Value = 1_000UL, Data = [0, 1, 2], GasLimit = 30_000UL }.Sign();

        var transaction = Decode(MainnetOnly, raw);

        Assert.Equal(TransactionType.DynamicFee, transaction.Type);
        Assert.Equal(1UL, transaction.ChainId);
        Assert.Equal(7UL, transaction.Nonce);
        Assert.Equal((UInt256)1_000_000_000UL, transaction.MaxPriorityFeePerGas);
        Assert.Equal((UInt256)30_000_000_000UL, transaction.MaxFeePerGas);
        Assert.Equal(30_000UL, transaction.GasLimit);
        Assert.Equal(Address.Parse("0x3535353535353535353535353535353535353535"), transaction.To);
        Assert.Equal((UInt256)1_000UL, transaction.Value);
        Assert.Equal([0, 1, 2], transaction.Data.ToArray());
        Assert.Equal(TransactionBuilder.SecretKeyAddress, transaction.Sender);
        Assert.Equal(Keccak256.Hash(raw), transaction.Hash);
        Assert.Equal(21_000UL + 4 + 16 + 16, transaction.IntrinsicGas);
    }

    [Fact]
    public void TryDecode_AccessListTransaction_ReadsEntriesAndChargesThem()
    {
        var key = new byte[32];
        key[31] = 1;
        var entry = RlpWriter.EncodeList(RlpWriter.EncodeString(new byte[20]), RlpWriter.EncodeList(RlpWriter.EncodeString(key), RlpWriter.EncodeString(key)));
        var raw = new TransactionBuilder { Type = TransactionType.AccessList, AccessList = RlpWriter.EncodeList(entry), GasLimit = 30_000UL }.Sign();

        var transaction = Decode(MainnetOnly, raw);

        var decoded = Assert.Single(transaction.AccessList);
        Assert.Equal(Address.Zero, decoded.Address);
        Assert.Equal([new Hash256(key), new Hash256(key)], decoded.StorageKeys);
        Assert.Equal(21_000UL + 2_400 + (2 * 1_900), transaction.IntrinsicGas);
        Assert.Equal(TransactionBuilder.SecretKeyAddress, transaction.Sender);
    }

    [Fact]
    public void TryDecode_LegacyEip155_DerivesChainIdFromV()
    {
        var raw = new TransactionBuilder { Type = TransactionType.Legacy, ChainId = 300_000 }.Sign();

        var transaction = Decode(AnyChain, raw);

        Assert.Equal(300_000UL, transaction.ChainId);
        Assert.True(transaction.V == 35 + 600_000 || transaction.V == 36 + 600_000);
        Assert.Equal(TransactionBuilder.SecretKeyAddress, transaction.Sender);
    }

    [Fact]
    public void TryDecode_LegacyWithoutChainId_HasNoChainIdAndPassesTheChainCheck()
    {
        var raw = new TransactionBuilder { Type = TransactionType.Legacy, ChainId = null }.Sign();

        var transaction = Decode(MainnetOnly, raw);

        Assert.Null(transaction.ChainId);
        Assert.Equal(TransactionBuilder.SecretKeyAddress, transaction.Sender);
    }

    [Theory]
    [InlineData(TransactionType.Legacy)]
    [InlineData(TransactionType.AccessList)]
    [InlineData(TransactionType.DynamicFee)]
    public void TryDecode_OtherChainId_RejectedOnlyWhenChecked(TransactionType type)
    {
        var raw = new TransactionBuilder { Type = type, ChainId = 5 }.Sign();

        Assert.Equal(5UL, Decode(AnyChain, raw).ChainId);
        Assert.Equal(TransactionError.InvalidChainId, Reject(MainnetOnly, raw));
    }

    [Fact]
    public void TryDecode_ChainIdZero_InvalidChainId()
    {
        Assert.Equal(TransactionError.InvalidChainId, Reject(AnyChain, new TransactionBuilder { ChainId = 0 }.Sign()));
    }

    [Fact]
    public void TryDecode_HighSTwin_HighS()
    {
        Assert.Equal(TransactionError.HighS, Reject(AnyChain, new TransactionBuilder().Sign(highS: true)));
    }

    [Fact]
    public void TryDecode_ZeroR_InvalidSignature()
    {
        Assert.Equal(TransactionError.InvalidSignature, Reject(AnyChain, new TransactionBuilder().WithSignature(UInt256.Zero, 1UL, 0)));
    }

    [Fact]
    public void TryDecode_SAtCurveOrder_InvalidSignature()
    {
        Assert.Equal(TransactionError.InvalidSignature, Reject(AnyChain, new TransactionBuilder().WithSignature(1UL, SenderRecovery.CurveOrder, 0)));
    }

    [Fact]
    public void TryDecode_YParityTwo_InvalidSignature()
    {
        Assert.Equal(TransactionError.InvalidSignature, Reject(AnyChain, new TransactionBuilder().WithSignature(1UL, 1UL, 2)));
    }

    [Fact]
    public void TryDecode_LegacyVOf29_InvalidSignature()
    {
        var builder = new TransactionBuilder { Type = TransactionType.Legacy };
        var raw = builder.WithSignatureItems(RlpWriter.EncodeUInt256(29UL), RlpWriter.EncodeUInt256(1UL), RlpWriter.EncodeUInt256(1UL));

        Assert.Equal(TransactionError.InvalidSignature, Reject(AnyChain, raw));
    }

    [Theory]
    [InlineData(0x03)]
    [InlineData(0x04)]
    [InlineData(0x7f)]
    public void TryDecode_UnknownTypeByte_UnsupportedType(byte type)
    {
        var raw = new TransactionBuilder().Sign();
        raw[0] = type;

        Assert.Equal(TransactionError.UnsupportedType, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_NoBytes_Empty()
    {
        Assert.Equal(TransactionError.Empty, Reject(AnyChain, []));
    }

    [Fact]
    public void TryDecode_ByteAfterList_TrailingBytes()
    {
        Assert.Equal(TransactionError.TrailingBytes, Reject(AnyChain, [.. new TransactionBuilder().Sign(), 0x00]));
    }

    [Fact]
    public void TryDecode_MissingSignature_WrongFieldCount()
    {
        var raw = new TransactionBuilder().WithSignatureItems([], [], []);

        Assert.Equal(TransactionError.WrongFieldCount, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_NonceWithLeadingZero_NonCanonicalInteger()
    {
        Assert.Equal(TransactionError.NonCanonicalInteger, Reject(AnyChain, new TransactionBuilder { NonceItem = [0x82, 0x00, 0x01] }.Sign()));
    }

    [Fact]
    public void TryDecode_NonceMaxUInt64_NonceTooBig()
    {
        Assert.Equal(TransactionError.NonceTooBig, Reject(AnyChain, new TransactionBuilder { Nonce = ulong.MaxValue }.Sign()));
    }

    [Fact]
    public void TryDecode_NonceTwoToThe64_NonceOverflow()
    {
        Assert.Equal(TransactionError.NonceOverflow, Reject(AnyChain, new TransactionBuilder { Nonce = new UInt256(0, 0, 1, 0) }.Sign()));
    }

    [Fact]
    public void TryDecode_GasLimitTwoToThe64_GasLimitOverflow()
    {
        Assert.Equal(TransactionError.GasLimitOverflow, Reject(AnyChain, new TransactionBuilder { GasLimit = new UInt256(0, 0, 1, 0) }.Sign()));
    }

    [Fact]
    public void TryDecode_PriorityFeeAboveMaxFee_PriorityFeeAboveMaxFee()
    {
        var raw = new TransactionBuilder { MaxPriorityFeePerGas = 2UL, MaxFeePerGas = 1UL }.Sign();

        Assert.Equal(TransactionError.PriorityFeeAboveMaxFee, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_GasTimesFeeAbove256Bits_GasLimitPriceProductOverflow()
    {
        var raw = new TransactionBuilder { MaxPriorityFeePerGas = 0UL, MaxFeePerGas = UInt256.MaxValue }.Sign();

        Assert.Equal(TransactionError.GasLimitPriceProductOverflow, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_GasBelowIntrinsic_IntrinsicGasTooLow()
    {
        Assert.Equal(TransactionError.IntrinsicGasTooLow, Reject(AnyChain, new TransactionBuilder { GasLimit = 20_999UL }.Sign()));
    }

    [Fact]
    public void TryDecode_CreationAtInitCodeLimit_ChargesInitCodeWords()
    {
        var raw = new TransactionBuilder { To = [], Data = new byte[IntrinsicGas.MaxInitCodeSize], GasLimit = 10_000_000UL }.Sign();

        var transaction = Decode(AnyChain, raw);

        Assert.True(transaction.IsContractCreation);
        Assert.Equal(21_000UL + 32_000 + (4UL * 49_152) + (2 * 1_536), transaction.IntrinsicGas);
    }

    [Fact]
    public void TryDecode_CreationAboveInitCodeLimit_InitCodeTooLarge()
    {
        var raw = new TransactionBuilder { To = [], Data = new byte[IntrinsicGas.MaxInitCodeSize + 1], GasLimit = 10_000_000UL }.Sign();

        Assert.Equal(TransactionError.InitCodeTooLarge, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_NineteenByteRecipient_InvalidRecipient()
    {
        Assert.Equal(TransactionError.InvalidRecipient, Reject(AnyChain, new TransactionBuilder { To = new byte[19] }.Sign()));
    }

    [Fact]
    public void TryDecode_AccessListKeyOf31Bytes_InvalidAccessList()
    {
        var entry = RlpWriter.EncodeList(RlpWriter.EncodeString(new byte[20]), RlpWriter.EncodeList(RlpWriter.EncodeString(new byte[31])));
        var raw = new TransactionBuilder { AccessList = RlpWriter.EncodeList(entry), GasLimit = 30_000UL }.Sign();

        Assert.Equal(TransactionError.InvalidAccessList, Reject(AnyChain, raw));
    }

    [Fact]
    public void TryDecode_SignatureMovedToAnotherValue_RecoversADifferentSender()
    {
        var signed = Decode(AnyChain, new TransactionBuilder { Value = 1UL }.Sign());
        var tampered = new TransactionBuilder { Value = 2UL }.WithSignature(signed.R, signed.S, signed.YParity);

        var accepted = AnyChain.TryDecode(tampered, out var transaction, out _);

        Assert.True(!accepted || transaction!.Sender != TransactionBuilder.SecretKeyAddress);
    }

    private static SignedTransaction Decode(TransactionDecoder decoder, byte[] raw)
    {
        Assert.True(decoder.TryDecode(raw, out var transaction, out var error), error.ToString());
        return transaction;
    }

    private static TransactionError Reject(TransactionDecoder decoder, byte[] raw)
    {
        Assert.False(decoder.TryDecode(raw, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error.Message));
        return error.Code;
    }
}
