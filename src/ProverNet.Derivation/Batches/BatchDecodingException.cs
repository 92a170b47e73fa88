namespace ProverNet.Derivation.Batches;

/// <summary>A batch that is not a canonical version-1 batch within the limits; derivation drops it whole.</summary>
public sealed class BatchDecodingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchDecodingException()
    {
    }

    /// <summary>Creates the exception with what is wrong.</summary>
    public BatchDecodingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with what is wrong and the error that found it.</summary>
    public BatchDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
