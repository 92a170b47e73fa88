using ProverNet.Core.Tests.Transactions.Support;
using ProverNet.Core.Transactions;
using Secp256k1Net;

namespace ProverNet.Core.Tests.Transactions;

public class SenderRecoveryTests
{
    private static readonly byte[] MessageHash = Keccak256.Hash("provernet"u8).ToArray();

    [Fact]
    public void TryRecover_NativeSignature_ReturnsSignerAddress()
    {
        var (signature, recoveryId) = Secp256k1.SignRecoverable(MessageHash, TransactionBuilder.SecretKey);

        var recovered = SenderRecovery.TryRecover(
            MessageHash, UInt256.FromBigEndian(signature.AsSpan(0, 32)), UInt256.FromBigEndian(signature.AsSpan(32)), (byte)recoveryId, out var sender);

        Assert.True(recovered);
        Assert.Equal(TransactionBuilder.SecretKeyAddress, sender);
    }

    [Fact]
    public void TryRecover_RecoveryIdTwo_False()
    {
        Assert.False(SenderRecovery.TryRecover(MessageHash, 1UL, 1UL, 2, out _));
    }

    [Fact]
    public void CheckSignatureValues_Boundaries_FollowRangeAndLowSRules()
    {
        var halfN = SenderRecovery.HalfCurveOrder;
        halfN.TryAdd(1UL, out var aboveHalf);

        Assert.Null(SenderRecovery.CheckSignatureValues(1UL, halfN));
        Assert.Equal(TransactionError.HighS, SenderRecovery.CheckSignatureValues(1UL, aboveHalf)?.Code);
        Assert.Equal(TransactionError.InvalidSignature, SenderRecovery.CheckSignatureValues(UInt256.Zero, 1UL)?.Code);
        Assert.Equal(TransactionError.InvalidSignature, SenderRecovery.CheckSignatureValues(SenderRecovery.CurveOrder, 1UL)?.Code);
        Assert.Equal(TransactionError.InvalidSignature, SenderRecovery.CheckSignatureValues(1UL, UInt256.Zero)?.Code);
        Assert.Equal(TransactionError.InvalidSignature, SenderRecovery.CheckSignatureValues(1UL, SenderRecovery.CurveOrder)?.Code);
    }

    [Fact]
    public void HalfCurveOrder_IsCurveOrderHalvedDown()
    {
        Assert.Equal(SenderRecovery.CurveOrder.ToBigInteger() / 2, SenderRecovery.HalfCurveOrder.ToBigInteger());
    }
}
