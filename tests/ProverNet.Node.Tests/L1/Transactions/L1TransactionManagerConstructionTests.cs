using Microsoft.Extensions.Logging.Abstractions;
using ProverNet.Node.Devnet;
using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Tests.L1.Transactions;

public sealed class L1TransactionManagerConstructionTests
{
    private static readonly Uri Unused = new("http://127.0.0.1:1");

    [Fact]
    public void From_DevKey_IsItsAddress()
    {
        using var manager = TestSenders.Create(Unused, 7);

        Assert.Equal(DevAccounts.All[7].Address, manager.From);
    }

    [Fact]
    public void Constructor_KeyOf31Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new L1TransactionManager(Unused, "0x" + new string('1', 62), 31337, TestSenders.Fast, TimeProvider.System, NullLogger.Instance));
    }

    [Fact]
    public void Constructor_FeeBumpBelowWhatGethAccepts_Throws()
    {
        var options = TestSenders.Fast with { FeeBumpPercent = 5 };

        Assert.Throws<ArgumentOutOfRangeException>(() => TestSenders.Create(Unused, 0, options));
    }

    [Fact]
    public void Constructor_NoConfirmations_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestSenders.Create(Unused, 0, TestSenders.Fast with { Confirmations = 0 }));
    }
}
