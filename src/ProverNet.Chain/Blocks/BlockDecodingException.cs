namespace ProverNet.Chain.Blocks;

/// <summary>Bytes that are not the canonical encoding of a block, header, system transaction or receipt.</summary>
public sealed class BlockDecodingException : FormatException
{
    /// <summary>Creates the exception with no message.</summary>
    public BlockDecodingException()
    {
    }

    /// <summary>Creates the exception saying what was wrong.</summary>
    public BlockDecodingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception saying what was wrong and what caused it.</summary>
    public BlockDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
