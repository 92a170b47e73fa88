using Nethereum.Signer;
using ProverNet.Node.Devnet;

namespace ProverNet.Node.Tests.Devnet;

public class DevAccountsTests
{
    [Fact]
    public void All_EachPrivateKey_DerivesItsAddress()
    {
        Assert.Equal(10, DevAccounts.All.Count);
        foreach (var account in DevAccounts.All)
        {
            var derived = new EthECKey(account.PrivateKey).GetPublicAddress();
            Assert.Equal(account.Address.ToChecksumString(), derived);
        }
    }

    [Fact]
    public void All_Indices_AreInDerivationOrder()
    {
        Assert.Equal(Enumerable.Range(0, 10), DevAccounts.All.Select(account => account.Index));
    }
}
