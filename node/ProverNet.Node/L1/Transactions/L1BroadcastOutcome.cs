namespace ProverNet.Node.L1.Transactions;

/// <summary>What L1 said to an <c>eth_sendRawTransaction</c>.</summary>
internal enum L1BroadcastOutcome
{
    /// <summary>Taken into the mempool.</summary>
    Accepted,

    /// <summary>The mempool already holds these very bytes (a rebroadcast): as good as accepted.</summary>
    AlreadyKnown,

    /// <summary>The nonce is used already: by one of ours that was included, or by another transaction from the same key.</summary>
    NonceTooLow,

    /// <summary>The fees are too low: below the base fee, or too little above a pending transaction with the same nonce.</summary>
    Underpriced,
}
