using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public class AccountStateTests
{
    [Fact]
    public void Encode_Decode_RoundTrips()
    {
        var account = new AccountState(Amount.MaxValue, ulong.MaxValue);

        Assert.Equal(account, AccountState.Decode(account.Encode()));
        Assert.Equal(AccountState.EncodedLength, account.Encode().Length);
    }

    [Fact]
    public void Decode_WrongLength_Throws()
    {
        Assert.Throws<InvalidDataException>(() => AccountState.Decode(new byte[23]));
    }

    [Fact]
    public void IsEmpty_OnlyWithoutBalanceAndNonce()
    {
        Assert.True(default(AccountState).IsEmpty);
        Assert.False(new AccountState(Amount.Zero, 1).IsEmpty);
    }
}
