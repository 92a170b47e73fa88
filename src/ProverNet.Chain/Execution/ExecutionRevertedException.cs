namespace ProverNet.Chain.Execution;

/// <summary>
/// A transaction's operation cannot go ahead (unknown order, not the owner, class disabled…). The executor rolls back
/// the operation's state changes, keeps the nonce and the gas charge, as Ethereum does for a revert, and writes
/// <see cref="Exception.Message"/> into the receipt as the failure reason.
/// </summary>
public sealed class ExecutionRevertedException : Exception
{
    /// <summary>Creates the exception with the reason a wallet will read.</summary>
    public ExecutionRevertedException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with the reason a wallet will read and its cause.</summary>
    public ExecutionRevertedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }

    /// <summary>Creates the exception with a generic reason.</summary>
    public ExecutionRevertedException()
        : base("execution reverted")
    {
    }
}
