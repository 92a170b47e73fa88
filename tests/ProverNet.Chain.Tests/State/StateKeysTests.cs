using ProverNet.Chain.State;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.State;

public class StateKeysTests
{
    [Fact]
    public void Account_IsKindByteThenAddress()
    {
        var address = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

        var key = StateKeys.Account(address);

        Assert.Equal(StateKeys.AccountKind, key[0]);
        Assert.Equal(address.ToArray(), key[1..]);
    }

    [Fact]
    public void Prover_DiffersFromTheSameAddresssAccount()
    {
        var address = Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

        Assert.Equal(StateKeys.ProverKind, StateKeys.Prover(address)[0]);
        Assert.NotEqual(StateKeys.Account(address), StateKeys.Prover(address));
    }
}
