using ProverNet.Auction;
using ProverNet.Chain.Gas;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Core;

namespace ProverNet.Chain.Tests.Gas;

public class TransactionGasTests
{
    private static readonly GasSchedule Schedule = new(
        Intrinsic: 21_000, CalldataZeroByte: 4, CalldataNonZeroByte: 16, SubmitBid: 60_000, SubmitOffer: 50_000, Cancel: 20_000,
        Withdrawal: 40_000, InitialBaseFee: new Amount(1), MinBaseFee: new Amount(1), BaseFeeChangeDenominator: 8, ElasticityMultiplier: 2);

    [Fact]
    public void Intrinsic_EmptyCalldata_IsTheBaseCost()
    {
        Assert.Equal(21_000UL, TransactionGas.Intrinsic([], Schedule));
    }

    [Fact]
    public void Intrinsic_MixedCalldata_PricesZeroAndNonZeroBytes()
    {
        Assert.Equal(21_000UL + (3 * 4) + (2 * 16), TransactionGas.Intrinsic([0, 1, 0, 2, 0], Schedule));
    }

    [Fact]
    public void Operation_EachMarketCall_UsesItsGovernedCost()
    {
        var bid = new SubmitBidCall(false, 1, 1, 1, 0, 0, Hash256.Zero, Hash256.Zero, string.Empty);

        Assert.Equal(60_000UL, TransactionGas.Operation(bid, Schedule));
        Assert.Equal(50_000UL, TransactionGas.Operation(new SubmitOfferCall(1, 1, 0), Schedule));
        Assert.Equal(20_000UL, TransactionGas.Operation(new CancelOrderCall(OrderSide.Offer, 1), Schedule));
    }
}
