namespace ProverNet.Node.Mempool;

/// <summary>Why the mempool refused a transaction.</summary>
public enum SubmissionError
{
    /// <summary>The bytes are not a valid signed transaction (RLP, type, signature, stateless rules).</summary>
    Invalid,

    /// <summary>ProverNet's admission rules refuse it (chain id, fees, gas, calldata, target, funds, nonce too low).</summary>
    Rejected,

    /// <summary>The same transaction is already pending.</summary>
    AlreadyKnown,

    /// <summary>It replaces a pending transaction of the same sender and nonce without paying at least 10% more.</summary>
    ReplacementUnderpriced,

    /// <summary>It tips less than the pool's minimum (<c>Mempool:MinPriorityFeePerGas</c>).</summary>
    Underpriced,

    /// <summary>The pool or the sender's share of it is full and this transaction pays too little to evict another.</summary>
    PoolFull,
}
