using ProverNet.Core.Transactions;

namespace ProverNet.Chain.Execution;

/// <summary>
/// Where a block producer draws user transactions from (the mempool; a plain queue until there is one). The producer
/// asks for candidates in the source's priority order and reports what it did with each, so the source can drop what
/// will never be valid and keep what did not fit.
/// </summary>
public interface ITransactionSource
{
    /// <summary>The next candidate, or null when the source has nothing more for this block.</summary>
    SignedTransaction? Next();

    /// <summary>Reports the producer's decision on <paramref name="transaction"/>, the last candidate returned.</summary>
    void Resolve(SignedTransaction transaction, PickResult result);
}
