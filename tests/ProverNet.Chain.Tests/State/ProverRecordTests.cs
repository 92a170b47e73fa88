using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public class ProverRecordTests
{
    [Fact]
    public void Encode_Decode_RoundTrips()
    {
        var record = new ProverRecord(Amount.FromBrev(200_000), Amount.FromBrev(3), ProverStatus.Jailed, Amount.FromBrev(150_000));

        Assert.Equal(record, ProverRecord.Decode(record.Encode()));
        Assert.Equal(ProverRecord.EncodedLength, record.Encode().Length);
    }

    [Fact]
    public void FreeStake_IsStakeLessLocked_NeverNegative()
    {
        Assert.Equal(new Amount(7), new ProverRecord(new Amount(10), new Amount(3), ProverStatus.Active, Amount.Zero).FreeStake);
        Assert.Equal(Amount.Zero, new ProverRecord(new Amount(2), new Amount(3), ProverStatus.Active, Amount.Zero).FreeStake);
    }

    [Theory]
    [InlineData(48, 1)]
    [InlineData(50, 1)]
    [InlineData(49, 9)]
    public void Decode_WrongLengthOrStatus_Throws(int length, byte status)
    {
        var bytes = new byte[length];
        bytes[^1] = status;

        Assert.Throws<InvalidDataException>(() => ProverRecord.Decode(bytes));
    }
}
