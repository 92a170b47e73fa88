namespace ProverNet.Chain.Execution;

/// <summary>A block produced elsewhere does not follow from its parent under the rules: it is rejected, nothing is stored.</summary>
public sealed class InvalidBlockException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> names the block and what is wrong.</summary>
    public InvalidBlockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public InvalidBlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InvalidBlockException()
        : base("invalid block")
    {
    }
}
