using ProverNet.Chain.Gas;
using ProverNet.Chain.Genesis;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Gas;

public class BaseFeeRuleTests
{
    private const ulong GasLimit = 30_000_000;
    private const ulong Target = GasLimit / 2;

    private static readonly GasSchedule Schedule = new(
        Intrinsic: 21_000, CalldataZeroByte: 4, CalldataNonZeroByte: 16, SubmitBid: 60_000, SubmitOffer: 50_000, Cancel: 20_000,
        Withdrawal: 40_000, InitialBaseFee: new Amount(1_000_000_000), MinBaseFee: new Amount(7), BaseFeeChangeDenominator: 8,
        ElasticityMultiplier: 2);

    [Fact]
    public void Next_AtTarget_Unchanged()
    {
        Assert.Equal(new Amount(1_000_000_000), BaseFeeRule.Next(new Amount(1_000_000_000), Target, GasLimit, Schedule));
    }

    [Fact]
    public void Next_FullBlock_RisesByOneEighth()
    {
        Assert.Equal(new Amount(1_125_000_000), BaseFeeRule.Next(new Amount(1_000_000_000), GasLimit, GasLimit, Schedule));
    }

    [Fact]
    public void Next_EmptyBlock_FallsByOneEighth()
    {
        Assert.Equal(new Amount(875_000_000), BaseFeeRule.Next(new Amount(1_000_000_000), 0, GasLimit, Schedule));
    }

    [Fact]
    public void Next_SlightlyAboveTargetOnTinyFee_RisesByAtLeastOne()
    {
        Assert.Equal(new Amount(101), BaseFeeRule.Next(new Amount(100), Target + 1, GasLimit, Schedule));
    }

    [Fact]
    public void Next_MatchesGethOnAQuarterFullBlock()
    {
        // go-ethereum CalcBaseFee: 1 gwei parent, 7.5M of a 15M target used → 1e9 - 1e9 * 7.5M / 15M / 8 = 937,500,000.
        Assert.Equal(new Amount(937_500_000), BaseFeeRule.Next(new Amount(1_000_000_000), Target / 2, GasLimit, Schedule));
    }

    [Fact]
    public void Next_EmptyBlocksForever_StopsAtTheFloor()
    {
        var fee = new Amount(1_000);
        for (var block = 0; block < 200; block++)
        {
            fee = BaseFeeRule.Next(fee, 0, GasLimit, Schedule);
        }

        Assert.Equal(Schedule.MinBaseFee, fee);
    }

    [Fact]
    public void Next_HugeFeeFullBlock_SaturatesInsteadOfOverflowing()
    {
        Assert.Equal(Amount.MaxValue, BaseFeeRule.Next(Amount.MaxValue, GasLimit, GasLimit, Schedule));
    }

    [Fact]
    public void Next_GasUsedAboveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BaseFeeRule.Next(new Amount(1), GasLimit + 1, GasLimit, Schedule));
    }
}
