using ProverNet.Core;

namespace ProverNet.Node.Mempool;

/// <summary>The outcome of a submission: the transaction hash, or the reason it was refused.</summary>
/// <param name="Hash">The transaction hash (zero when the bytes did not decode).</param>
/// <param name="Error">Why it was refused; null when accepted.</param>
/// <param name="Message">For people: what is wrong (Ethereum clients' wording where one exists, e.g. "nonce too low").</param>
public readonly record struct SubmissionResult(Hash256 Hash, SubmissionError? Error, string Message)
{
    /// <summary>Whether the pool took it.</summary>
    public bool Accepted => Error is null;

    /// <summary>Accepted with <paramref name="hash"/>.</summary>
    public static SubmissionResult Accept(Hash256 hash) => new(hash, null, string.Empty);
}
