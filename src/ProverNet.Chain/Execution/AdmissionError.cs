namespace ProverNet.Chain.Execution;

/// <summary>Why a decoded, correctly signed transaction cannot be included on ProverNet (it is rejected, never executed).</summary>
public enum AdmissionError
{
    /// <summary>Signed for another chain.</summary>
    WrongChainId,

    /// <summary>A legacy transaction without EIP-155 replay protection: it could be replayed from any chain.</summary>
    MissingChainId,

    /// <summary>The nonce is already used.</summary>
    NonceTooLow,

    /// <summary>The nonce leaves a gap (the mempool may queue it; a block may not include it).</summary>
    NonceTooHigh,

    /// <summary>maxFeePerGas is below the block's base fee.</summary>
    FeeCapBelowBaseFee,

    /// <summary>The gas limit exceeds the block gas limit.</summary>
    GasLimitAboveBlockLimit,

    /// <summary>The gas limit does not cover ProverNet's gas for this operation.</summary>
    IntrinsicGasTooLow,

    /// <summary>The balance does not cover gasLimit × maxFeePerGas + value.</summary>
    InsufficientFunds,

    /// <summary>Contract creation: ProverNet has no EVM.</summary>
    ContractCreation,

    /// <summary>Calldata sent to an address that is not a system address: there are no contracts on L2.</summary>
    UnknownContract,

    /// <summary>Calldata to a system address that does not decode against its ABI.</summary>
    InvalidCalldata,

    /// <summary>Value sent with a call that takes none (the Market escrows from the balance; Params is read-only).</summary>
    UnexpectedValue,

    /// <summary>The raw transaction is larger than <see cref="TransactionAdmission.MaxTransactionBytes"/>.</summary>
    Oversized,
}
