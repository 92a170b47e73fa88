namespace ProverNet.Node.Safety;

/// <summary>The sequencer's block at a height is not the one L1's batches (or forced inclusion) make there.</summary>
public sealed class UnsafeChainMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnsafeChainMismatchException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public UnsafeChainMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public UnsafeChainMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
