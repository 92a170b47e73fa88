namespace ProverNet.Core.Transactions;

/// <summary>A rejected transaction: the rule it broke and a message naming the field.</summary>
/// <param name="Code">The rule.</param>
/// <param name="Message">What was wrong, for people (CLI, RPC error text).</param>
public readonly record struct TransactionDecodingError(TransactionError Code, string Message)
{
    /// <summary><c>Code: message</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
