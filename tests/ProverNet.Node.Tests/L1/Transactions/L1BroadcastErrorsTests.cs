using ProverNet.Node.L1.Transactions;

namespace ProverNet.Node.Tests.L1.Transactions;

public sealed class L1BroadcastErrorsTests
{
    [Theory]
    [InlineData("already known", nameof(L1BroadcastOutcome.AlreadyKnown))] // geth
    [InlineData("transaction already imported", nameof(L1BroadcastOutcome.AlreadyKnown))] // anvil
    [InlineData("AlreadyKnown", nameof(L1BroadcastOutcome.AlreadyKnown))] // Nethermind
    [InlineData("nonce too low: next nonce 5, tx nonce 4", nameof(L1BroadcastOutcome.NonceTooLow))] // geth
    [InlineData("OldNonce, Current nonce: 5, nonce of rejected tx: 4", nameof(L1BroadcastOutcome.NonceTooLow))] // Nethermind
    [InlineData("replacement transaction underpriced", nameof(L1BroadcastOutcome.Underpriced))] // geth, anvil
    [InlineData("max fee per gas less than block base fee", nameof(L1BroadcastOutcome.Underpriced))] // anvil
    [InlineData("transaction underpriced: tip needed 1, tip permitted 0", nameof(L1BroadcastOutcome.Underpriced))] // geth
    [InlineData("FeeTooLow, MaxFeePerGas too low", nameof(L1BroadcastOutcome.Underpriced))] // Nethermind
    public void Classify_ClientMessages_AreTheOutcomeTheyMean(string message, string outcome)
    {
        Assert.Equal(Enum.Parse<L1BroadcastOutcome>(outcome), L1BroadcastErrors.Classify(message));
    }

    [Theory]
    [InlineData("insufficient funds for gas * price + value")]
    [InlineData("invalid chain id")]
    [InlineData("intrinsic gas too low")]
    public void Classify_ErrorsNoResendCures_AreNone(string message)
    {
        Assert.Null(L1BroadcastErrors.Classify(message));
    }
}
