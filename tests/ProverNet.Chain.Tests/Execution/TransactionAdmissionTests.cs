using System.Numerics;
using Nethereum.Contracts;
using Transaction1559 = Nethereum.Model.Transaction1559;
using Nethereum.Signer;
using ProverNet.Chain.Execution;
using ProverNet.Chain.Genesis;
using ProverNet.Chain.Market;
using ProverNet.Chain.State;
using ProverNet.Contracts;
using ProverNet.Core;
using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Tests.Execution;

/// <summary>Transactions are signed by Nethereum, as a .NET wallet would send them, then decoded and admitted.</summary>
public class TransactionAdmissionTests
{
    private const ulong ChainId = 7351;
    private const string PrivateKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private const string Someone = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc";
    private const long Gwei = 1_000_000_000;

    private static readonly GasSchedule Gas = new(
        Intrinsic: 21_000, CalldataZeroByte: 4, CalldataNonZeroByte: 16, SubmitBid: 60_000, SubmitOffer: 50_000, Cancel: 20_000,
        Withdrawal: 40_000, InitialBaseFee: new Amount(Gwei), MinBaseFee: new Amount(1), BaseFeeChangeDenominator: 8, ElasticityMultiplier: 2);

    private static readonly AdmissionContext Context = new(ChainId, new Amount(Gwei), 30_000_000, Gas);
    private static readonly AccountState Funded = new(Amount.FromBrev(10), 5);
    private static readonly ContractBuilder Market = new(ContractArtifacts.Load("IProverMarket").Abi, SystemAddresses.Market.ToString());
    private static readonly ContractBuilder L2Bridge = new(ContractArtifacts.Load("IL2Bridge").Abi, SystemAddresses.Bridge.ToString());

    [Fact]
    public void TryAdmit_PlainTransfer_UsesIntrinsicGas()
    {
        var admitted = Admit(Sign(to: Someone, value: 1));

        Assert.Equal(21_000UL, admitted.GasUsed);
        Assert.Null(admitted.MarketCall);
    }

    [Fact]
    public void TryAdmit_Offer_DecodesTheCallAndChargesItsGas()
    {
        var data = Market.GetFunctionBuilder("submitOffer").GetData(2u, new BigInteger(500), 0UL);

        var admitted = Admit(Sign(to: SystemAddresses.Market.ToString(), data: data));

        Assert.Equal(new SubmitOfferCall(2, 500, 0), admitted.MarketCall);
        Assert.True(admitted.GasUsed > 21_000 + 50_000);
    }

    [Fact]
    public void TryAdmit_Withdrawal_DecodesTheRecipient()
    {
        var data = L2Bridge.GetFunctionBuilder("withdraw").GetData(Someone);

        var admitted = Admit(Sign(to: SystemAddresses.Bridge.ToString(), data: data, value: 7));

        Assert.Equal(Address.Parse(Someone), admitted.WithdrawalRecipient);
    }

    [Theory]
    [InlineData(4UL, AdmissionError.NonceTooLow)]
    [InlineData(6UL, AdmissionError.NonceTooHigh)]
    public void TryAdmit_WrongNonce_Rejected(ulong nonce, AdmissionError expected)
    {
        Assert.Equal(expected, Reject(Sign(to: Someone, nonce: nonce)).Error);
    }

    [Fact]
    public void TryAdmit_OtherChain_Rejected()
    {
        var rejection = Reject(Sign(to: Someone, chainId: 1));

        Assert.Equal(AdmissionError.WrongChainId, rejection.Error);
        Assert.Contains("7351", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAdmit_LegacyWithoutChainId_Rejected()
    {
        var raw = new LegacyTransactionSigner().SignTransaction(PrivateKey, Someone, 1, 5, Gwei, 21_000);

        Assert.Equal(AdmissionError.MissingChainId, Reject(raw).Error);
    }

    [Fact]
    public void TryAdmit_FeeCapBelowBaseFee_Rejected()
    {
        Assert.Equal(AdmissionError.FeeCapBelowBaseFee, Reject(Sign(to: Someone, maxFee: Gwei - 1)).Error);
    }

    [Fact]
    public void TryAdmit_GasLimitAboveBlockLimit_Rejected()
    {
        Assert.Equal(AdmissionError.GasLimitAboveBlockLimit, Reject(Sign(to: Someone, gasLimit: 30_000_001)).Error);
    }

    [Fact]
    public void TryAdmit_GasBelowTheOperationsCost_Rejected()
    {
        var data = Market.GetFunctionBuilder("cancelBid").GetData(new BigInteger(1));

        var rejection = Reject(Sign(to: SystemAddresses.Market.ToString(), data: data, gasLimit: 30_000));

        Assert.Equal(AdmissionError.IntrinsicGasTooLow, rejection.Error);
    }

    [Fact]
    public void TryAdmit_CannotAffordTheWorstCase_Rejected()
    {
        var rejection = Reject(Sign(to: Someone, value: BigInteger.Pow(10, 19)));

        Assert.Equal(AdmissionError.InsufficientFunds, rejection.Error);
    }

    [Fact]
    public void TryAdmit_ContractCreation_Rejected()
    {
        Assert.Equal(AdmissionError.ContractCreation, Reject(Sign(to: null, data: "0x6000", gasLimit: 100_000)).Error);
    }

    [Theory]
    [InlineData(Someone, "0x01", AdmissionError.UnknownContract)]
    [InlineData("0x0000000000000000000000000000000000000B03", "0x", AdmissionError.UnknownContract)]
    [InlineData("0x0000000000000000000000000000000000000B01", "0xdeadbeef", AdmissionError.InvalidCalldata)]
    public void TryAdmit_CallsThatCannotRun_Rejected(string to, string data, AdmissionError expected)
    {
        Assert.Equal(expected, Reject(Sign(to: to, data: data)).Error);
    }

    [Fact]
    public void TryAdmit_ValueSentToTheMarket_Rejected()
    {
        var data = Market.GetFunctionBuilder("cancelOffer").GetData(new BigInteger(1));

        Assert.Equal(AdmissionError.UnexpectedValue, Reject(Sign(to: SystemAddresses.Market.ToString(), data: data, value: 1)).Error);
    }

    [Fact]
    public void TryAdmit_OversizedTransaction_RejectsWithTheLimit()
    {
        var data = "0x" + new string('1', 2 * (TransactionAdmission.MaxTransactionBytes + 1));

        var rejection = Reject(Sign(to: Someone, data: data, gasLimit: 29_000_000));

        Assert.Equal(AdmissionError.Oversized, rejection.Error);
        Assert.Contains("131072-byte limit", rejection.Message, StringComparison.Ordinal);
    }

    private static AdmittedTransaction Admit(string raw)
    {
        Assert.True(TransactionAdmission.TryAdmit(Decode(raw), Funded, Context, out var admitted, out var rejection), rejection?.Message);
        return admitted!;
    }

    private static AdmissionRejection Reject(string raw)
    {
        Assert.False(TransactionAdmission.TryAdmit(Decode(raw), Funded, Context, out var admitted, out var rejection));
        Assert.Null(admitted);
        return rejection!;
    }

    private static SignedTransaction Decode(string raw)
    {
        Assert.True(new TransactionDecoder().TryDecode(Hex.Decode("0x" + raw), out var transaction, out var error), error.ToString());
        return transaction;
    }

    private static string Sign(string? to, BigInteger? value = null, string data = "0x", ulong nonce = 5, ulong chainId = ChainId, long maxFee = 2 * Gwei, long gasLimit = 200_000) =>
        new Transaction1559Signer().SignTransaction(
            PrivateKey,
            new Transaction1559(chainId, nonce, Gwei / 10, maxFee, gasLimit, to, value ?? BigInteger.Zero, data, []));
}
