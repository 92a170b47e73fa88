namespace ProverNet.Chain.L1Inputs;

/// <summary>
/// An opening system transaction is not a well-formed L1 input: unknown kind, missing or extra fields, a value out of
/// its range, or non-canonical bytes. Derivation never builds such a transaction, so a block holding one is invalid.
/// </summary>
public sealed class L1InputDecodingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public L1InputDecodingException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public L1InputDecodingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public L1InputDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
