using ProverNet.Chain.Execution;
using ProverNet.Core;
using ProverNet.Core.Transactions;
using ProverNet.Node.Mempool;

namespace ProverNet.Node.Tests.Mempool;

public sealed class SubmissionMessagesTests
{
    [Theory]
    [InlineData(AdmissionError.WrongChainId, "invalid chain id: detail")]
    [InlineData(AdmissionError.MissingChainId, "only replay-protected (EIP-155) transactions allowed over RPC: detail")]
    [InlineData(AdmissionError.NonceTooLow, "nonce too low: detail")]
    [InlineData(AdmissionError.NonceTooHigh, "nonce too high: detail")]
    [InlineData(AdmissionError.FeeCapBelowBaseFee, "max fee per gas less than block base fee: detail")]
    [InlineData(AdmissionError.GasLimitAboveBlockLimit, "exceeds block gas limit: detail")]
    [InlineData(AdmissionError.IntrinsicGasTooLow, "intrinsic gas too low: detail")]
    [InlineData(AdmissionError.InsufficientFunds, "insufficient funds for gas * price + value: detail")]
    [InlineData(AdmissionError.Oversized, "oversized data: detail")]
    [InlineData(AdmissionError.UnknownContract, "detail")]
    public void Rejected_AdmissionError_EthereumWordingThenDetail(AdmissionError error, string expected)
    {
        var result = SubmissionMessages.Rejected(Hash256.Zero, new AdmissionRejection(error, "detail"));

        Assert.Equal(SubmissionError.Rejected, result.Error);
        Assert.Equal(expected, result.Message);
    }

    [Fact]
    public void Rejected_DetailAlreadyWorded_NotRepeated() =>
        Assert.Equal("nonce too low: x", SubmissionMessages.Refused(Hash256.Zero, AdmissionError.NonceTooLow, "nonce too low: x").Message);

    [Theory]
    [InlineData(TransactionError.PriorityFeeAboveMaxFee, "max priority fee per gas higher than max fee per gas: m")]
    [InlineData(TransactionError.HighS, "invalid transaction v, r, s values: m")]
    [InlineData(TransactionError.NonceTooBig, "nonce has max value: m")]
    [InlineData(TransactionError.WrongFieldCount, "rlp: invalid transaction: m")]
    public void Invalid_DecodingError_EthereumWordingThenDetail(TransactionError error, string expected) =>
        Assert.Equal(expected, SubmissionMessages.Invalid(new TransactionDecodingError(error, "m")).Message);
}
