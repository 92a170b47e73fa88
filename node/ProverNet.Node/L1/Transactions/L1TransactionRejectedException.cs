namespace ProverNet.Node.L1.Transactions;

/// <summary>
/// L1 refused a transaction for a reason more sending will not cure: its gas estimate reverts, the account cannot pay,
/// or the node rejects it outright. Nothing was included; the caller decides what to do.
/// </summary>
public sealed class L1TransactionRejectedException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public L1TransactionRejectedException()
    {
    }

    /// <summary>Creates the exception saying why.</summary>
    public L1TransactionRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception saying why, with L1's error.</summary>
    public L1TransactionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
