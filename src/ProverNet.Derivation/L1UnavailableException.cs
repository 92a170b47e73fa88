namespace ProverNet.Derivation;

/// <summary>L1 could not be reached, or did not answer in time: derivation waits and tries again.</summary>
public sealed class L1UnavailableException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public L1UnavailableException()
    {
    }

    /// <summary>Creates the exception saying what failed.</summary>
    public L1UnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception saying what failed and why.</summary>
    public L1UnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
