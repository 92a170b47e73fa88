namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// Reads the errors L1 clients give <c>eth_sendRawTransaction</c>. They are free text, not codes (geth, reth, Nethermind,
/// Erigon and anvil each word them their own way), so they are matched by the phrases those clients use.
/// </summary>
internal static class L1BroadcastErrors
{
    private static readonly string[] AlreadyKnownPhrases = ["already known", "known transaction", "alreadyknown", "already imported", "already in the pool"];
    private static readonly string[] NonceTooLowPhrases = ["nonce too low", "oldnonce", "nonce has already been used"];

    private static readonly string[] UnderpricedPhrases =
    [
        "underpriced", "less than block base fee", "fee cap less than", "feecap too low", "fee too low", "feetoolow", "gas price too low", "max fee per gas less than",
    ];

    /// <summary>What <paramref name="message"/> means, or null if it is none of the outcomes a sender can act on (a rejection).</summary>
    public static L1BroadcastOutcome? Classify(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Contains(message, AlreadyKnownPhrases))
        {
            return L1BroadcastOutcome.AlreadyKnown;
        }

        if (Contains(message, NonceTooLowPhrases))
        {
            return L1BroadcastOutcome.NonceTooLow;
        }

        return Contains(message, UnderpricedPhrases) ? L1BroadcastOutcome.Underpriced : null;
    }

    private static bool Contains(string message, string[] phrases) =>
        phrases.Any(phrase => message.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
