namespace ProverNet.Core.Rlp;

/// <summary>
/// Bytes that are not the one canonical encoding of what was expected (a block, header, system transaction, receipt,
/// L1 input or stored record): every node must read exactly one byte form of each, or two could hash the same thing
/// differently.
/// </summary>
public sealed class RlpDecodingException : FormatException
{
    /// <summary>Creates the exception with no message.</summary>
    public RlpDecodingException()
    {
    }

    /// <summary>Creates the exception saying what was wrong.</summary>
    public RlpDecodingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception saying what was wrong and what caused it.</summary>
    public RlpDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
